namespace MultiStageBuild.Core.Comparison;

/// <summary>A line diff by longest common subsequence; prompts are a few dozen lines, so quadratic is fine.</summary>
public static class LineDiff
{
    /// <summary>The lines of <paramref name="left"/> and <paramref name="right"/> in order, marked as kept, removed or added.</summary>
    public static IReadOnlyList<DiffLine> Compare(string left, string right)
    {
        var a = left.Split('\n');
        var b = right.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new(DiffKind.Same, a[x++]));
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                lines.Add(new(DiffKind.Removed, a[x++]));
            }
            else
            {
                lines.Add(new(DiffKind.Added, b[y++]));
            }
        }

        lines.AddRange(a[x..].Select(l => new DiffLine(DiffKind.Removed, l)));
        lines.AddRange(b[y..].Select(l => new DiffLine(DiffKind.Added, l)));
        return lines;
    }
}

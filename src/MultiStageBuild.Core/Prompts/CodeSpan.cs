using System.Text;

namespace MultiStageBuild.Core.Prompts;

/// <summary>Writes any text as a CommonMark code span whose content is exactly that text.</summary>
public static class CodeSpan
{
    /// <summary>
    /// Wraps <paramref name="value"/> in a backtick fence longer than any backtick run inside it, padding
    /// with one space on each side where CommonMark would otherwise strip or merge the value's edges.
    /// </summary>
    public static string Of(string value) => AppendTo(new StringBuilder(value.Length + 4), value).ToString();

    /// <summary>Appends <paramref name="value"/> as a code span (see <see cref="Of"/>) without intermediate strings.</summary>
    public static StringBuilder AppendTo(StringBuilder text, string value)
    {
        var fence = LongestBacktickRun(value) + 1;
        var padding = NeedsPadding(value);
        text.Append('`', fence);
        if (padding)
        {
            text.Append(' ');
        }

        text.Append(value);
        if (padding)
        {
            text.Append(' ');
        }

        return text.Append('`', fence);
    }

    private static bool NeedsPadding(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        var touchesFence = value[0] == '`' || value[^1] == '`';
        var wouldBeStripped = value[0] == ' ' && value[^1] == ' ' && value.AsSpan().ContainsAnyExcept(' ');
        return touchesFence || wouldBeStripped;
    }

    private static int LongestBacktickRun(string value)
    {
        int longest = 0, current = 0;
        foreach (var c in value)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}

namespace MultiStageBuild.Core.Rendering;

/// <summary>Rendered HTML and where each of its top-level blocks ends.</summary>
public sealed class HtmlDocument
{
    private readonly int[] _blockEnds;
    private IReadOnlyList<string>? _blocks;

    internal HtmlDocument(string html, int[] blockEnds)
    {
        Html = html;
        _blockEnds = blockEnds;
    }

    /// <summary>An empty document.</summary>
    public static HtmlDocument Empty { get; } = new("", []);

    /// <summary>The whole HTML.</summary>
    public string Html { get; }

    /// <summary>The HTML one top-level block at a time; joined, they are <see cref="Html"/>. Cut on first use.</summary>
    public IReadOnlyList<string> Blocks => _blocks ??= [.. _blockEnds.Select((end, i) => Html[(i == 0 ? 0 : _blockEnds[i - 1])..end])];
}

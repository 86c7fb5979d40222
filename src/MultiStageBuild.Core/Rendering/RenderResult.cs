using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Core.Rendering;

/// <summary>One invocation format's text, with what the format loses, if anything.</summary>
/// <param name="Format">The format.</param>
/// <param name="Text">The text to copy or download.</param>
/// <param name="Warning">What the format cannot carry for these values, or <c>null</c>.</param>
public sealed record InvocationText(InvocationFormat Format, string Text, string? Warning);

/// <summary>
/// Everything one render of an argument set produces; the page, the API and MCP all read this. Invocation formats
/// are written on first use and kept, so a keystroke pays only for the format on screen.
/// </summary>
public sealed class RenderResult
{
    private readonly InvocationText?[] _invocations = new InvocationText?[InvocationFormatInfo.All.Count];
    private readonly Func<InvocationFormat, InvocationText>? _write;

    private readonly HtmlDocument _html;

    internal RenderResult(ArgumentSet arguments, IReadOnlyList<ArgumentIssue> issues, string? markdown, HtmlDocument html, Func<InvocationFormat, InvocationText>? write)
    {
        Arguments = arguments;
        Issues = issues;
        Markdown = markdown;
        _html = html;
        _write = write;
    }

    /// <summary>The arguments rendered.</summary>
    public ArgumentSet Arguments { get; }

    /// <summary>Errors and warnings, per argument.</summary>
    public IReadOnlyList<ArgumentIssue> Issues { get; }

    /// <summary>The rendered prompt, or <c>null</c> when errors block rendering.</summary>
    public string? Markdown { get; }

    /// <summary>The Markdown as HTML, or <c>null</c> when errors block rendering.</summary>
    public string? Html => Succeeded ? _html.Html : null;

    /// <summary>The HTML one top-level block at a time (empty when errors block rendering).</summary>
    public IReadOnlyList<string> HtmlBlocks => _html.Blocks;

    /// <summary>Whether the prompt rendered (no errors).</summary>
    public bool Succeeded => Markdown is not null;

    /// <summary>The text of one format; only for a result that <see cref="Succeeded"/>.</summary>
    public InvocationText Invocation(InvocationFormat format) =>
        _invocations[(int)format] ??= _write?.Invoke(format)
            ?? throw new InvalidOperationException("The arguments have errors, so there is no invocation to write.");

    /// <summary>The issues about one argument.</summary>
    public IEnumerable<ArgumentIssue> IssuesFor(string argument) => Issues.Where(i => i.Argument == argument);
}

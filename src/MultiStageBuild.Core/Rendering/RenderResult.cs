using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Core.Rendering;

/// <summary>
/// Everything one render of an argument set produces; the page, the API and MCP all read this. The HTML and each
/// invocation format are written on first use and kept, so a caller pays only for what it reads (MCP: the Markdown).
/// </summary>
public sealed class RenderResult
{
    private readonly InvocationText?[] _invocations = new InvocationText?[InvocationFormatInfo.All.Count];
    private readonly InvocationTarget _target;
    private (InvocationFormat Format, InvocationTarget Target, PromptDefinition Served, InvocationText Text)? _other;

    private HtmlDocument? _html;

    internal RenderResult(PromptDefinition definition, PromptEdition edition, ArgumentSet arguments, IReadOnlyList<ArgumentIssue> issues, string? markdown, InvocationTarget target)
    {
        Definition = definition;
        Edition = edition;
        Arguments = arguments;
        Issues = issues;
        Markdown = markdown;
        _target = target;
    }

    /// <summary>The prompt rendered.</summary>
    public PromptDefinition Definition { get; }

    /// <summary>The edition rendered.</summary>
    public PromptEdition Edition { get; }

    /// <summary>The arguments rendered.</summary>
    public ArgumentSet Arguments { get; }

    /// <summary>Errors and warnings, per argument.</summary>
    public IReadOnlyList<ArgumentIssue> Issues { get; }

    /// <summary>The rendered prompt, or <c>null</c> when errors block rendering.</summary>
    public string? Markdown { get; }

    /// <summary>The Markdown as HTML, or <c>null</c> when errors block rendering.</summary>
    public string? Html => Succeeded ? Document.Html : null;

    /// <summary>The HTML one top-level block at a time (empty when errors block rendering).</summary>
    public IReadOnlyList<string> HtmlBlocks => Document.Blocks;

    /// <summary>Whether the prompt rendered (no errors).</summary>
    public bool Succeeded => Markdown is not null;

    /// <summary>The text of one format addressed to the render service's target; only for a result that <see cref="Succeeded"/>.</summary>
    public InvocationText Invocation(InvocationFormat format) =>
        _invocations[(int)format] ??= InvocationText.Write(format, Definition, Arguments, _target, RenderedMarkdown);

    /// <summary>
    /// The text of one format addressed to <paramref name="target"/>, which serves these arguments as the prompt
    /// <paramref name="served"/> (a preset's own prompt, say); the last one asked for is kept.
    /// </summary>
    public InvocationText Invocation(InvocationFormat format, InvocationTarget target, PromptDefinition served)
    {
        if (target == _target && ReferenceEquals(served, Definition))
        {
            return Invocation(format);
        }

        if (_other is { } other && other.Format == format && other.Target == target && ReferenceEquals(other.Served, served))
        {
            return other.Text;
        }

        var text = InvocationText.Write(format, served, Arguments, target, RenderedMarkdown);
        _other = (format, target, served, text);
        return text;
    }

    private string RenderedMarkdown => Markdown ?? throw new InvalidOperationException("The arguments have errors, so there is no invocation to write.");

    private HtmlDocument Document => _html ??= Markdown is null ? HtmlDocument.Empty : MarkdownHtml.ToHtmlDocument(Markdown);
}

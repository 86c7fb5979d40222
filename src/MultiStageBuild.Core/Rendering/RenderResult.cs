using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Invocations;

namespace MultiStageBuild.Core.Rendering;

/// <summary>One invocation format's text, with what the format loses, if anything.</summary>
/// <param name="Format">The format.</param>
/// <param name="Text">The text to copy or download.</param>
/// <param name="Warning">What the format cannot carry for these values, or <c>null</c>.</param>
public sealed record InvocationText(InvocationFormat Format, string Text, string? Warning);

/// <summary>Everything one render of an argument set produces; the page, the API and MCP all read this.</summary>
/// <param name="Arguments">The arguments rendered.</param>
/// <param name="Issues">Errors and warnings, per argument.</param>
/// <param name="Markdown">The rendered prompt, or <c>null</c> when errors block rendering.</param>
/// <param name="Html">The Markdown as HTML, or <c>null</c> when errors block rendering.</param>
/// <param name="Invocations">Every invocation format, in <see cref="InvocationFormatInfo.All"/> order; empty when errors block rendering.</param>
public sealed record RenderResult(
    ArgumentSet Arguments,
    IReadOnlyList<ArgumentIssue> Issues,
    string? Markdown,
    string? Html,
    IReadOnlyList<InvocationText> Invocations)
{
    /// <summary>Whether the prompt rendered (no errors).</summary>
    public bool Succeeded => Markdown is not null;

    /// <summary>The text of one format.</summary>
    public InvocationText Invocation(InvocationFormat format) => Invocations[(int)format];

    /// <summary>The issues about one argument.</summary>
    public IEnumerable<ArgumentIssue> IssuesFor(string argument) => Issues.Where(i => i.Argument == argument);
}

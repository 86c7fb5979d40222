using Markdig;

namespace MultiStageBuild.Core.Rendering;

/// <summary>The one Markdown-to-HTML pipeline: CommonMark with raw HTML disabled, since every argument is user input.</summary>
public static class MarkdownHtml
{
    /// <summary>The shared, immutable pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Renders Markdown to HTML with <see cref="Pipeline"/>.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}

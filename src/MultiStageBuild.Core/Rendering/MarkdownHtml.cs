using Markdig;
using Markdig.Renderers;

namespace MultiStageBuild.Core.Rendering;

/// <summary>The one Markdown-to-HTML pipeline: CommonMark with raw HTML disabled, since every argument is user input.</summary>
public static class MarkdownHtml
{
    /// <summary>The shared, immutable pipeline.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Renders Markdown to HTML with <see cref="Pipeline"/>.</summary>
    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>
    /// Renders Markdown to HTML one top-level block at a time (a paragraph, a list): the same HTML as
    /// <see cref="ToHtml"/> once joined, and a page can update just the blocks that changed.
    /// </summary>
    public static IReadOnlyList<string> ToHtmlBlocks(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        var blocks = new string[document.Count];
        var builder = writer.GetStringBuilder();
        for (var i = 0; i < document.Count; i++)
        {
            builder.Clear();
            renderer.Render(document[i]);
            renderer.Writer.Flush();
            blocks[i] = builder.ToString();
        }

        return blocks;
    }
}

using Markdig;
using System.Text;
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
    /// Renders Markdown to the same HTML as <see cref="ToHtml"/>, noting where each top-level block (a paragraph, a
    /// list) ends, so a page can update just the blocks that changed.
    /// </summary>
    public static HtmlDocument ToHtmlDocument(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var (renderer, text) = _blockRenderer ??= CreateBlockRenderer();
        var ends = new int[document.Count];
        text.Clear();
        for (var i = 0; i < document.Count; i++)
        {
            renderer.Render(document[i]);
            renderer.Writer.Flush();
            ends[i] = text.Length;
        }

        var html = text.ToString();
        text.Clear();
        return new HtmlDocument(html, ends);
    }

    // One renderer per thread, as Markdown.ToHtml pools its own: building one per call costs more than the rendering.
    [ThreadStatic]
    private static (HtmlRenderer Renderer, StringBuilder Text)? _blockRenderer;

    private static (HtmlRenderer, StringBuilder) CreateBlockRenderer()
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        return (renderer, writer.GetStringBuilder());
    }
}

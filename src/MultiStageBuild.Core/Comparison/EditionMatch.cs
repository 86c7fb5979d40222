using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Core.Comparison;

/// <summary>How a text a server returned compares with a render: the edition it equals, or the lines that differ.</summary>
/// <param name="Matched">The edition whose text for the same arguments equals the server's byte for byte, or <c>null</c>.</param>
/// <param name="Diff">The render's lines against the server's, line by line (all <see cref="DiffKind.Same"/> when equal).</param>
public sealed record EditionMatch(Prompts.PromptEdition? Matched, IReadOnlyList<DiffLine> Diff)
{
    /// <summary>
    /// Compares <paramref name="served"/> with <paramref name="render"/>'s text, then with each other edition's text for
    /// the same arguments; the diff is always against the render, the text the page shows.
    /// </summary>
    public static EditionMatch Of(string served, RenderResult render)
    {
        var shown = render.Markdown ?? throw new ArgumentException("The render has errors.", nameof(render));
        var matched = shown == served ? render.Edition
            : render.Definition.Editions.Where(e => e != render.Edition).FirstOrDefault(e => e.Render(render.Definition, render.Arguments) == served);
        return new(matched, LineDiff.Compare(shown, served));
    }
}

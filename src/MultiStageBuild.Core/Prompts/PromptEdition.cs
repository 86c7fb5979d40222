using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MultiStageBuild.Core.Rendering;

namespace MultiStageBuild.Core.Prompts;

/// <summary>
/// One text of a prompt for the same arguments: a template with slots, how values go into them, and the stages it
/// describes (for the explainer), if any. A new edition is one of these plus its golden file, not new code.
/// </summary>
/// <param name="Id">The identifier used in the API, configuration and deep links (<c>contree-mcp-0.1</c>).</param>
/// <param name="Label">A short name for pickers (<c>contree-mcp 0.1.2–0.1.5</c>).</param>
/// <param name="Description">One sentence on where this text comes from and who returns it.</param>
/// <param name="Policy">How values go into the slots.</param>
/// <param name="Template">The text with its slots.</param>
/// <param name="Stages">The stages the text describes, for the explainer; empty when it describes none.</param>
public sealed record PromptEdition(string Id, string Label, string Description, SlotPolicy Policy, PromptTemplate Template, IReadOnlyList<Stage> Stages)
{
    /// <summary>The names of the checkpoints the stages save, in order.</summary>
    public IEnumerable<string> Checkpoints => Stages.Where(s => s.Checkpoint is not null).Select(s => s.Checkpoint!);

    /// <summary>The text for <paramref name="arguments"/>: each slot holds its argument's effective value, as <see cref="Policy"/> says.</summary>
    public string Render(PromptDefinition definition, ArgumentSet arguments) =>
        Template.Render(name => arguments.Effective(definition.FindArgument(name)
            ?? throw new InvalidOperationException($"The {Id} edition of {definition.Name} has a slot for '{name}', which is not one of its arguments.")), Policy);

    /// <summary>
    /// Where a value inserted raw changes the Markdown around it (a backtick ends the template's code span), what the
    /// agent gets instead; <paramref name="markdown"/> is this edition's text for <paramref name="arguments"/>.
    /// </summary>
    public IReadOnlyList<ArgumentIssue> MarkdownWarnings(PromptDefinition definition, ArgumentSet arguments, string markdown)
    {
        if (Policy != SlotPolicy.Raw)
        {
            return [];
        }

        List<ArgumentIssue>? warnings = null;
        string[]? lines = null;
        foreach (var slot in Template.Slots)
        {
            var value = definition.FindArgument(slot.Argument) is { } argument ? arguments.Effective(argument) : "";
            var breaks = slot.InCodeSpan ? value.Contains('`') : value.AsSpan().IndexOfAny(MarkdownPunctuation) >= 0;
            if (!breaks || (warnings ??= []).Any(w => w.Argument == slot.Argument))
            {
                continue;
            }

            var line = (lines ??= markdown.Split('\n'))[slot.Line].Trim();
            warnings.Add(new(slot.Argument, IssueSeverity.Warning, slot.InCodeSpan
                ? $"{Label} puts {slot.Argument} between single backticks without escaping it, so the backtick in the value ends "
                  + $"that code span early. The agent gets the line «{line}»; read as Markdown, its code is {CodeOf(line)}, and the rest of the command is plain text."
                : $"{Label} inserts {slot.Argument} into its Markdown without escaping, so characters such as * _ ` [ < in the value "
                  + $"can turn into formatting. The agent gets the line «{line}»."));
        }

        return warnings ?? [];
    }

    private static readonly System.Buffers.SearchValues<char> MarkdownPunctuation = System.Buffers.SearchValues.Create("`*_[]<>\\&#!|~");

    private static string CodeOf(string line)
    {
        var spans = Markdig.Markdown.Parse(line, MarkdownHtml.Pipeline).Descendants<CodeInline>().Select(c => $"«{c.Content}»").ToList();
        return spans.Count == 0 ? "nothing" : string.Join(", ", spans);
    }
}

using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Core.Comparison;

/// <summary>Two presets side by side: every field, and the diff of their rendered prompts.</summary>
/// <param name="Fields">Name, description, tags and each argument, in that order.</param>
/// <param name="Prompt">The rendered prompts' line diff (each side rendered with its effective values).</param>
public sealed record PresetComparison(IReadOnlyList<FieldChange> Fields, IReadOnlyList<DiffLine> Prompt)
{
    /// <summary>Compares <paramref name="left"/> with <paramref name="right"/>.</summary>
    public static PresetComparison Of(PresetDraft left, PresetDraft right, PromptDefinition definition)
    {
        var fields = new List<FieldChange>
        {
            new("name", left.Name, right.Name),
            new("description", left.Description, right.Description),
            new("tags", string.Join(", ", left.Tags), string.Join(", ", right.Tags)),
        };
        fields.AddRange(definition.Arguments.Select(a => new FieldChange(a.Name, left.Arguments[a.Name], right.Arguments[a.Name])));
        return new(fields, LineDiff.Compare(PromptRenderer.Render(definition, left.Arguments), PromptRenderer.Render(definition, right.Arguments)));
    }
}

using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Core.Presets;

/// <summary>What makes a preset draft valid, apart from the store's unique-name rule.</summary>
public static class PresetRules
{
    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>The longest description.</summary>
    public const int MaxDescriptionLength = 1000;

    /// <summary>The longest tag.</summary>
    public const int MaxTagLength = 40;

    /// <summary>The most tags a preset may have.</summary>
    public const int MaxTags = 20;

    /// <summary>Problems per field (<c>name</c>, <c>description</c>, <c>tags</c>, <c>args.install_cmd</c>); empty when valid.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(PresetDraft draft, PromptDefinition definition)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) => (errors.TryGetValue(field, out var list) ? list : errors[field] = []).Add(message);

        var name = draft.Name.Trim();
        if (name.Length == 0)
        {
            Add("name", "A preset needs a name.");
        }
        else if (name.Length > MaxNameLength)
        {
            Add("name", $"The name is {name.Length} characters long; the limit is {MaxNameLength}.");
        }
        else if (name.Any(char.IsControl))
        {
            Add("name", "The name must be one line without control characters.");
        }

        if (draft.Description.Length > MaxDescriptionLength)
        {
            Add("description", $"The description is {draft.Description.Length:N0} characters long; the limit is {MaxDescriptionLength:N0}.");
        }

        var tags = draft.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (tags.Count > MaxTags)
        {
            Add("tags", $"A preset takes at most {MaxTags} tags; this one has {tags.Count}.");
        }

        foreach (var tag in tags.Where(t => t.Length > MaxTagLength || t.Any(c => char.IsControl(c) || c == ',')))
        {
            Add("tags", $"The tag '{tag}' must be at most {MaxTagLength} characters, without commas or control characters.");
        }

        // A preset may leave source empty (the user fills it in the designer); every other argument check applies.
        var arguments = draft.Arguments.IsBlank(MultiStageBuildPrompt.Source)
            ? draft.Arguments.With(MultiStageBuildPrompt.Source, "/")
            : draft.Arguments;
        foreach (var issue in ArgumentChecker.Check(definition, arguments).Where(i => i.Severity == IssueSeverity.Error))
        {
            Add($"args.{issue.Argument}", issue.Message);
        }

        return errors.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Checks one entry of an import: its problems keyed <c>presets[index].field</c>.</summary>
    public static void CheckEntry(int index, PresetDraft draft, PromptDefinition definition, Action<string, string> add)
    {
        foreach (var (field, messages) in Check(draft, definition))
        {
            foreach (var message in messages)
            {
                add($"presets[{index}].{field}", message);
            }
        }
    }

    /// <summary>Reports each name an import repeats (compared without case) at its own position; blank names are reported by <see cref="Check"/>.</summary>
    public static void CheckUniqueNames(IEnumerable<(int Index, PresetDraft Draft)> entries, Action<string, string> add)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (index, draft) in entries)
        {
            if (draft.Name.Length > 0 && !seen.TryAdd(draft.Name, index))
            {
                add($"presets[{index}].name", $"The name '{draft.Name}' is already used by presets[{seen[draft.Name]}].");
            }
        }
    }
}

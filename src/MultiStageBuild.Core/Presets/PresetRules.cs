using System.Buffers;
using System.Globalization;
using System.Text;
using MultiStageBuild.Core.Json;

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

    /// <summary>The most combining marks one letter of a name may carry.</summary>
    public const int MaxCombiningMarks = 4;

    /// <summary>A name as it is stored and shown: trimmed and in Unicode normalisation form C.</summary>
    public static string NormalizeName(string name)
    {
        var trimmed = name.Trim();
        // Text with an unpaired surrogate cannot be normalised; the name check refuses it.
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : TryNormalize(trimmed);
    }

    /// <summary>The key two names clash on: the normalised name without case, so "Café", "CAFÉ" and "cafe\u0301" are one name.</summary>
    public static string FoldName(string name) => NormalizeName(name).ToUpperInvariant().ToLowerInvariant();

    /// <summary>Why <paramref name="name"/> cannot be a preset name, character-wise, or <c>null</c> when every character may appear in one.</summary>
    public static string? NameCharacterProblem(string name)
    {
        var marks = 0;
        Rune rune;
        for (var i = 0; i < name.Length; i += rune.Utf16SequenceLength)
        {
            if (Rune.DecodeFromUtf16(name.AsSpan(i), out rune, out _) != OperationStatus.Done)
            {
                return $"The name contains an unpaired surrogate (U+{(int)name[i]:X4}) at position {i + 1}; remove it.";
            }

            var kind = ForbiddenKind(rune);
            if (kind is not null)
            {
                return $"The name contains {kind} (U+{rune.Value:X4}) at position {i + 1}; a name is one line of visible text.";
            }

            marks = Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                ? marks + 1
                : 0;
            if (marks > MaxCombiningMarks)
            {
                return $"The name stacks more than {MaxCombiningMarks} combining marks on one letter (at position {i + 1}); use at most {MaxCombiningMarks}.";
            }
        }

        return null;
    }

    /// <summary>Problems per field (<c>name</c>, <c>description</c>, <c>tags</c>, <c>args.install_cmd</c>); empty when valid.</summary>
    public static IReadOnlyDictionary<string, string[]> Check(PresetDraft draft, PromptDefinition definition)
    {
        var errors = new FieldErrors();

        var name = NormalizeName(draft.Name);
        if (name.Length == 0)
        {
            errors.Add(JsonMembers.Name, InputMessages.NameRequired);
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(JsonMembers.Name, $"The name is {name.Length} characters long; the limit is {MaxNameLength}.");
        }
        else if (NameCharacterProblem(name) is { } problem)
        {
            errors.Add(JsonMembers.Name, problem);
        }

        if (draft.Description.Length > MaxDescriptionLength)
        {
            errors.Add(JsonMembers.Description, $"The description is {draft.Description.Length:N0} characters long; the limit is {MaxDescriptionLength:N0}.");
        }

        var tags = draft.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (tags.Count > MaxTags)
        {
            errors.Add(JsonMembers.Tags, $"A preset takes at most {MaxTags} tags; this one has {tags.Count}.");
        }

        foreach (var tag in tags.Where(t => t.Length > MaxTagLength || t.Any(c => char.IsControl(c) || c == ',')))
        {
            errors.Add(JsonMembers.Tags, $"The tag '{InputMessages.Quote(tag)}' must be at most {MaxTagLength} characters, without commas or control characters.");
        }

        // A required argument the preset leaves blank is the form's to fill; every other argument check applies.
        foreach (var issue in ArgumentChecker.Check(definition, draft.Arguments).Where(i => i.Severity == IssueSeverity.Error
            && !(definition.FindArgument(i.Argument) is { } argument && PresetOntoForm.LeavesToForm(argument, draft.Arguments))))
        {
            errors.Add($"args.{issue.Argument}", issue.Message);
        }

        return errors.ToDictionary();
    }

    private static string TryNormalize(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return name;
        }
    }

    private static string? ForbiddenKind(Rune rune)
    {
        var value = rune.Value;
        if ((value >= 0xFDD0 && value <= 0xFDEF) || (value & 0xFFFE) == 0xFFFE)
        {
            return "a noncharacter";
        }

        if (value is >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069)
        {
            return "a bidirectional override or isolate";
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control => "a control character",
            UnicodeCategory.LineSeparator => "a line separator",
            UnicodeCategory.ParagraphSeparator => "a paragraph separator",
            UnicodeCategory.Format => "an invisible formatting character",
            _ => null,
        };
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
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, draft) in entries)
        {
            var key = FoldName(draft.Name);
            if (key.Length > 0 && !seen.TryAdd(key, index))
            {
                add($"presets[{index}].name", $"The name '{InputMessages.Quote(draft.Name)}' is already used by presets[{seen[key]}].");
            }
        }
    }
}

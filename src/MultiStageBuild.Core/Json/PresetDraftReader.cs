using System.Text.Json;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Core.Json;

/// <summary>
/// Reads a preset, <c>{"name", "description", "tags", "args"}</c>, wherever one arrives: a POST or PUT body or an entry
/// of an import document. Shape problems and <see cref="PresetRules"/>' findings are reported together, keyed under
/// the entry's path (<c>name</c>, <c>presets[2].args.source</c>), so one round trip shows every problem. A member that
/// is absent or <c>null</c> is empty; the read-only members of a preset response are ignored, so a client may send
/// back what it read.
/// </summary>
public static class PresetDraftReader
{
    private static readonly string[] Members = [JsonMembers.Name, JsonMembers.Description, JsonMembers.Tags, JsonMembers.Args, JsonMembers.Slug];
    private static readonly HashSet<string> ReadOnlyMembers = ["id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy", "deletedAt", "protected"];

    /// <summary>The draft in <paramref name="entry"/>, normalised, with its problems added to <paramref name="errors"/> under <paramref name="path"/>.</summary>
    public static PresetDraft? Read(JsonElement entry, string path, PromptDefinition definition, FieldErrors errors)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path.Length == 0 ? "$" : path, $"A preset must be an object with name, description, tags and args, not {InputMessages.Describe(entry.ValueKind)}.");
            return null;
        }

        var prefix = path.Length == 0 ? "" : path + ".";
        JsonInput.RefuseUnknownMembers(entry, "preset", Members, path, errors, ReadOnlyMembers);
        var draft = new PresetDraft(
            JsonInput.OptionalString(entry, JsonMembers.Name, path, errors) ?? "",
            JsonInput.OptionalString(entry, JsonMembers.Description, path, errors) ?? "",
            Tags(entry, prefix + JsonMembers.Tags, errors),
            Arguments(entry, prefix + JsonMembers.Args, definition, errors)).Normalized() with
        {
            Slug = JsonInput.OptionalString(entry, JsonMembers.Slug, path, errors) is { Length: > 0 } slug ? slug : null,
        };

        // A field whose shape is wrong shows that problem, not the rules' finding on the empty value read in its place.
        errors.AddWhereAbsent(PresetRules.Check(draft, definition), prefix);
        return draft;
    }

    private static List<string> Tags(JsonElement entry, string field, FieldErrors errors)
    {
        var tags = JsonInput.Member(entry, JsonMembers.Tags);
        if (tags.ValueKind == JsonValueKind.Undefined)
        {
            return [];
        }

        if (tags.ValueKind != JsonValueKind.Array)
        {
            errors.Add(field, InputMessages.MustBeArrayOfStrings(JsonMembers.Tags, tags.ValueKind, item: false));
            return [];
        }

        var read = new List<string>();
        foreach (var tag in tags.EnumerateArray())
        {
            if (tag.ValueKind != JsonValueKind.String)
            {
                errors.Add(field, InputMessages.MustBeArrayOfStrings(JsonMembers.Tags, tag.ValueKind, item: true));
                return [];
            }

            if (JsonInput.String(tag, JsonMembers.Tags, field, errors) is not { } text)
            {
                return [];
            }

            read.Add(text);
        }

        return read;
    }

    private static ArgumentSet Arguments(JsonElement entry, string field, PromptDefinition definition, FieldErrors errors) =>
        JsonInput.Member(entry, JsonMembers.Args) is { ValueKind: not JsonValueKind.Undefined } args
            ? JsonInput.Arguments(args, field, field + ".", definition, errors)
            : ArgumentSet.Empty;
}

using System.Text.Json;
using static MultiStageBuild.Core.Prompts.MultiStageBuildPrompt;

namespace MultiStageBuild.Web.Data;

/// <summary>Converts between rows and the core preset model.</summary>
internal static class PresetMapping
{
    private static readonly JsonSerializerOptions SnapshotOptions = new(JsonSerializerDefaults.Web);

    public static string NormalizeName(string name) => PresetRules.FoldName(name);

    public static string NormalizeTag(string tag) => tag.Trim().ToUpperInvariant();

    public static PresetDraft ToDraft(this PresetEntity entity)
    {
        var arguments = ArgumentSet.Empty
            .With(Source, entity.Source)
            .With(InstallCommand, entity.InstallCmd)
            .With(BuildCommand, entity.BuildCmd)
            .With(TestCommand, entity.TestCmd);
        var tags = entity.Tags.OrderBy(t => t.Position).Select(t => t.Tag).ToList();
        return new PresetDraft(entity.Name, entity.Description, tags, arguments);
    }

    public static StoredPreset ToStored(this PresetEntity entity) =>
        new(entity.Id, entity.ToDraft(), entity.Version, entity.CreatedAt, entity.CreatedBy, entity.UpdatedAt, entity.UpdatedBy, entity.DeletedAt)
        {
            Slug = entity.Slug ?? "",
            IsProtected = entity.IsProtected,
        };

    /// <summary>Writes a (normalized, valid) draft's content into the row, keeping tag rows that stay.</summary>
    public static void Apply(this PresetEntity entity, PresetDraft draft)
    {
        entity.Name = draft.Name;
        entity.NormalizedName = NormalizeName(draft.Name);
        entity.Description = draft.Description;
        entity.Source = Value(draft.Arguments, Source);
        entity.InstallCmd = Value(draft.Arguments, InstallCommand);
        entity.BuildCmd = Value(draft.Arguments, BuildCommand);
        entity.TestCmd = Value(draft.Arguments, TestCommand);
        entity.SearchText = SearchText(draft);

        var wanted = draft.Tags.Select((tag, position) => (Tag: tag, Normalized: NormalizeTag(tag), Position: position)).ToList();
        entity.Tags.RemoveAll(t => !wanted.Any(w => w.Normalized == t.NormalizedTag));
        foreach (var (tag, normalized, position) in wanted)
        {
            var row = entity.Tags.Find(t => t.NormalizedTag == normalized);
            if (row is null)
            {
                entity.Tags.Add(row = new PresetTagEntity { PresetId = entity.Id, NormalizedTag = normalized });
            }

            row.Tag = tag;
            row.Position = position;
        }
    }

    /// <summary>What search matches against: every searchable field, lower-case, one per line.</summary>
    public static string SearchText(PresetDraft draft) =>
        string.Join('\n', new[] { draft.Name, draft.Description }
            .Concat(draft.Tags)
            .Concat(draft.Arguments.Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value))
            .Where(text => text.Length > 0))
        .ToLowerInvariant();

    public static PresetRevisionEntity NewRevision(PresetEntity entity, RevisionKind kind, string author) => new()
    {
        PresetId = entity.Id,
        Version = entity.Version,
        Kind = kind,
        At = entity.UpdatedAt,
        Author = author,
        SnapshotJson = JsonSerializer.Serialize(ToSnapshot(entity.ToDraft()), SnapshotOptions),
    };

    public static PresetRevision ToRevision(this PresetRevisionEntity entity) =>
        new(entity.PresetId, entity.Version, entity.Kind, entity.At, entity.Author, FromSnapshot(entity.SnapshotJson));

    private static string? Value(ArgumentSet arguments, string name) => arguments.Values.GetValueOrDefault(name);

    private static Snapshot ToSnapshot(PresetDraft draft) =>
        new(draft.Name, draft.Description, [.. draft.Tags], new Dictionary<string, string>(draft.Arguments.Values));

    private static PresetDraft FromSnapshot(string json)
    {
        var snapshot = JsonSerializer.Deserialize<Snapshot>(json, SnapshotOptions)
            ?? throw new InvalidDataException("A preset revision has an empty snapshot.");
        return new PresetDraft(snapshot.Name, snapshot.Description, snapshot.Tags,
            ArgumentSet.From(snapshot.Args.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))));
    }

    private sealed record Snapshot(string Name, string Description, List<string> Tags, Dictionary<string, string> Args);
}

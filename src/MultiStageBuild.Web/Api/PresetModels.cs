using System.Collections.ObjectModel;
using System.Text.Json.Serialization;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Core.Prompts;

namespace MultiStageBuild.Web.Api;

/// <summary>A preset's arguments as in an invocation: every argument of the preset prompt, in its order, <c>""</c> for a blank one.</summary>
public sealed class PresetArgs(IDictionary<string, string> values) : ReadOnlyDictionary<string, string>(values)
{
    public static PresetArgs From(ArgumentSet arguments) =>
        new(KnownPrompts.PresetPrompt.Arguments.ToDictionary(a => a.Name, a => arguments[a.Name], StringComparer.Ordinal));
}

/// <summary>
/// A stored preset over HTTP; <see cref="DeletedAt"/> appears only for one in the trash. Its MCP prompt is
/// <c>multi-stage-build.{Slug}</c>, kept through renames unless a PUT sends another <c>slug</c>.
/// </summary>
public sealed record PresetResponse(
    Guid Id,
    string Name,
    string Slug,
    string Description,
    IReadOnlyList<string> Tags,
    PresetArgs Args,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DeletedAt)
{
    public static PresetResponse From(StoredPreset preset) => new(
        preset.Id, preset.Draft.Name, preset.Slug, preset.Draft.Description, preset.Draft.Tags, PresetArgs.From(preset.Draft.Arguments),
        preset.Version, preset.CreatedAt, preset.CreatedBy, preset.UpdatedAt, preset.UpdatedBy, preset.DeletedAt);
}

/// <summary>What <c>GET /api/presets</c> returns: one page and the total that matched.</summary>
public sealed record PresetListResponse(IReadOnlyList<PresetResponse> Items, int Total, int Page, int PageSize)
{
    public static PresetListResponse From(PresetPage page) =>
        new([.. page.Items.Select(PresetResponse.From)], page.Total, page.Page, page.PageSize);
}

/// <summary>A preset's user-editable content, as a revision recorded it.</summary>
public sealed record PresetContent(string Name, string Description, IReadOnlyList<string> Tags, PresetArgs Args)
{
    public static PresetContent From(PresetDraft draft) => new(draft.Name, draft.Description, draft.Tags, PresetArgs.From(draft.Arguments));
}

/// <summary>One revision; <see cref="Kind"/> is <c>created</c>, <c>updated</c>, <c>renamed</c>, <c>deleted</c> or <c>restored</c>.</summary>
public sealed record RevisionResponse(int Version, string Kind, DateTimeOffset At, string Author, PresetContent Preset)
{
    public static RevisionResponse From(PresetRevision revision) => new(
        revision.Version, revision.Kind.ToString().ToLowerInvariant(), revision.At, revision.Author, PresetContent.From(revision.Snapshot));
}

/// <summary>The names an import created, updated and skipped (or would, on a dry run).</summary>
public sealed record ImportResponse(IReadOnlyList<string> Created, IReadOnlyList<string> Updated, IReadOnlyList<string> Skipped)
{
    public static ImportResponse From(ImportOutcome outcome) => new(outcome.Created, outcome.Updated, outcome.Skipped);
}

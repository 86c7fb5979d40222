using System.Text.Json.Serialization;

namespace MultiStageBuild.Web.Api;

/// <summary>
/// A stored preset over HTTP; <see cref="DeletedAt"/> appears only for one in the trash. Its MCP prompt is
/// <c>multi-stage-build.{Slug}</c>, kept through renames unless a PUT sends another <c>slug</c>. A <see cref="Protected"/>
/// preset changes only through an admin.
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? DeletedAt,
    bool Protected)
{
    public static PresetResponse From(StoredPreset preset) => new(
        preset.Id, preset.Draft.Name, preset.Slug, preset.Draft.Description, preset.Draft.Tags, PresetArgs.From(preset.Draft.Arguments),
        preset.Version, preset.CreatedAt, preset.CreatedBy, preset.UpdatedAt, preset.UpdatedBy, preset.DeletedAt, preset.IsProtected);
}

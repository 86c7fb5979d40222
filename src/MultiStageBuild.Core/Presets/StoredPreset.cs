namespace MultiStageBuild.Core.Presets;

/// <summary>A team's saved preset as the store holds it.</summary>
/// <param name="Id">Stable identity.</param>
/// <param name="Draft">The user-editable content.</param>
/// <param name="Version">Increases by one with every change; the concurrency token (<c>ETag</c> over HTTP).</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">Who created it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="UpdatedBy">Who changed it last.</param>
/// <param name="DeletedAt">When it was moved to the trash, or <c>null</c>.</param>
public sealed record StoredPreset(
    Guid Id,
    PresetDraft Draft,
    int Version,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset UpdatedAt,
    string UpdatedBy,
    DateTimeOffset? DeletedAt)
{
    /// <summary>The preset's MCP prompt slug: assigned at creation, kept through renames and the trash, unique.</summary>
    public string Slug { get; init; } = "";

    /// <summary>Whether only an admin may change it (update, trash, restore, import over it, or unprotect it).</summary>
    public bool IsProtected { get; init; }

    /// <summary>The preset's name.</summary>
    public string Name => Draft.Name;

    /// <summary>Whether the preset is in the trash.</summary>
    public bool IsDeleted => DeletedAt is not null;

    /// <summary>The preset as the designer's picker uses it (keyed by id).</summary>
    public Preset ToPreset() => new(Id.ToString("N"), Draft.Name, Draft.Description, Draft.Arguments, IsBuiltIn: false);
}

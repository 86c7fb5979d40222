namespace MultiStageBuild.Web.Data;

/// <summary>A stored preset: one row per preset, live or in the trash.</summary>
public sealed class PresetEntity
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The NFC, case-folded name (<c>PresetRules.FoldName</c>); unique among live presets.</summary>
    public string NormalizedName { get; set; } = "";

    /// <summary>The MCP prompt slug, unique among all presets, live or trashed; <c>null</c> only until start-up assigns one.</summary>
    public string? Slug { get; set; }

    public string Description { get; set; } = "";

    public List<PresetTagEntity> Tags { get; set; } = [];

    // The four arguments; null when the preset leaves the argument out (as opposed to an empty value).
    public string? Source { get; set; }

    public string? InstallCmd { get; set; }

    public string? BuildCmd { get; set; }

    public string? TestCmd { get; set; }

    /// <summary>Lower-case name, description, tags and argument values, for substring search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Increases by one with every change; the optimistic concurrency token.</summary>
    public int Version { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Whether only an admin may change it.</summary>
    public bool IsProtected { get; set; }

    public List<PresetRevisionEntity> Revisions { get; set; } = [];
}

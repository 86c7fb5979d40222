namespace MultiStageBuild.Web.Data;

/// <summary>One tag of a preset, in the preset's tag order.</summary>
public sealed class PresetTagEntity
{
    public Guid PresetId { get; set; }

    /// <summary>The tag's place in the preset's list, from 0.</summary>
    public int Position { get; set; }

    public string Tag { get; set; } = "";

    /// <summary>Upper-invariant tag, for the case-insensitive tag filter.</summary>
    public string NormalizedTag { get; set; } = "";
}

namespace MultiStageBuild.Core.Presets;

/// <summary>What to do when an imported preset's name is taken.</summary>
public enum ImportClash
{
    /// <summary>Leave the existing preset alone.</summary>
    Skip,

    /// <summary>Replace the existing preset's content (a new revision; history keeps the old).</summary>
    Update,
}

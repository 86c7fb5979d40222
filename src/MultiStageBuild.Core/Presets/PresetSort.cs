namespace MultiStageBuild.Core.Presets;

/// <summary>How a list of presets is ordered.</summary>
public enum PresetSort
{
    /// <summary>By name, A to Z.</summary>
    Name,

    /// <summary>Most recently changed first.</summary>
    RecentlyUpdated,

    /// <summary>Most recently created first.</summary>
    RecentlyCreated,
}

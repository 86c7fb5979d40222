namespace MultiStageBuild.Web.Data;

/// <summary>How usable the preset database is.</summary>
public enum PresetStoreHealth
{
    /// <summary>Open, checked and answering.</summary>
    Available,

    /// <summary>Reads work, but the last write failed for a reason that may pass (a full disk, a read-only file).</summary>
    Degraded,

    /// <summary>Not usable: cannot be opened, damaged, missing or replaced. Every call is refused until it recovers.</summary>
    Unavailable,
}

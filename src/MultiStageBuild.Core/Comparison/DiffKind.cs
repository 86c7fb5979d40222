namespace MultiStageBuild.Core.Comparison;

/// <summary>Whether a diff line is shared, only on the left (removed) or only on the right (added).</summary>
public enum DiffKind
{
    /// <summary>On both sides.</summary>
    Same,

    /// <summary>Only on the left side.</summary>
    Removed,

    /// <summary>Only on the right side.</summary>
    Added,
}

namespace MultiStageBuild.Core.Presets;

/// <summary>The kind of change a revision records.</summary>
public enum RevisionKind
{
    /// <summary>The preset was created (also by import or duplication).</summary>
    Created,

    /// <summary>Its description, tags or arguments changed.</summary>
    Updated,

    /// <summary>Its name changed (other fields may have changed too).</summary>
    Renamed,

    /// <summary>It was moved to the trash.</summary>
    Deleted,

    /// <summary>It came back from the trash, or an earlier revision was restored.</summary>
    Restored,
}

/// <summary>An immutable record of one change: the preset as it was right after the change.</summary>
/// <param name="PresetId">The preset.</param>
/// <param name="Version">The preset's version after the change.</param>
/// <param name="Kind">What happened.</param>
/// <param name="At">When.</param>
/// <param name="Author">Who.</param>
/// <param name="Snapshot">The content after the change.</param>
public sealed record PresetRevision(Guid PresetId, int Version, RevisionKind Kind, DateTimeOffset At, string Author, PresetDraft Snapshot);

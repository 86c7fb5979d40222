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

    /// <summary>An admin protected it: from now on only an admin changes it.</summary>
    Protected,

    /// <summary>An admin lifted its protection.</summary>
    Unprotected,
}

namespace MultiStageBuild.Core.Presets;

/// <summary>Why a write did not happen, or that it did.</summary>
public enum SaveStatus
{
    /// <summary>Written and committed.</summary>
    Saved,

    /// <summary>No preset with that id (or it is in the trash where a live one was needed).</summary>
    NotFound,

    /// <summary>The preset is at a version the caller's precondition does not match; <see cref="SaveResult.Current"/> holds it.</summary>
    Conflict,

    /// <summary>The draft is not valid; <see cref="SaveResult.Errors"/> says why, per field.</summary>
    Invalid,

    /// <summary>The preset is protected and the actor is no admin; <see cref="SaveResult.Current"/> holds it, <see cref="SaveResult.Errors"/> says why.</summary>
    Protected,
}

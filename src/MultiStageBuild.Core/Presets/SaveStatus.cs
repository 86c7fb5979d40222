namespace MultiStageBuild.Core.Presets;

/// <summary>Why a write did not happen, or that it did.</summary>
public enum SaveStatus
{
    /// <summary>Written and committed.</summary>
    Saved,

    /// <summary>No preset with that id (or it is in the trash where a live one was needed).</summary>
    NotFound,

    /// <summary>The preset changed since the version the caller had; <see cref="SaveResult.Current"/> holds theirs.</summary>
    Conflict,

    /// <summary>The draft is not valid; <see cref="SaveResult.Errors"/> says why, per field.</summary>
    Invalid,
}

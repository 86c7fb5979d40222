namespace MultiStageBuild.Web.Components.Shared;

/// <summary>How a user resolves a save that ran into someone else's change.</summary>
public enum ConflictChoice
{
    /// <summary>Save mine over theirs; theirs stays in history.</summary>
    Overwrite,

    /// <summary>Discard mine and load theirs.</summary>
    TakeTheirs,

    /// <summary>Keep theirs and save mine under a new name.</summary>
    SaveMineAsNew,
}

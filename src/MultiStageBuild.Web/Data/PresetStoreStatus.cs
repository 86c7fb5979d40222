using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Web.Data;

/// <summary>Whether the preset database could be opened and migrated at start-up, and if not, why.</summary>
public sealed class PresetStoreStatus
{
    private volatile State _state = new(false, "The preset store has not been started: call InitializePresetStoreAsync at start-up.", null);

    public bool IsAvailable => _state.IsAvailable;

    /// <summary>What is wrong, naming the database file; empty when available.</summary>
    public string Message => _state.Message;

    /// <summary>The database file, once known.</summary>
    public string? DatabasePath => _state.DatabasePath;

    public void MarkAvailable(string databasePath) => _state = new(true, "", databasePath);

    public void MarkUnavailable(string? databasePath, string message) => _state = new(false, message, databasePath);

    /// <summary>Throws <see cref="PresetStoreUnavailableException"/> unless the store is available.</summary>
    public void ThrowIfUnavailable()
    {
        var state = _state;
        if (!state.IsAvailable)
        {
            throw new PresetStoreUnavailableException(state.Message, state.DatabasePath);
        }
    }

    private sealed record State(bool IsAvailable, string Message, string? DatabasePath);
}

namespace MultiStageBuild.Core.Presets;

/// <summary>
/// The preset store cannot be used (its database could not be opened); every <see cref="IPresetRepository"/>
/// method throws this with a message that names the problem and the file, while the rest of the app keeps working.
/// </summary>
/// <param name="message">What is wrong and where.</param>
/// <param name="databasePath">The database file, when known.</param>
public sealed class PresetStoreUnavailableException(string message, string? databasePath) : InvalidOperationException(message)
{
    /// <summary>The database file, when known.</summary>
    public string? DatabasePath { get; } = databasePath;
}

namespace MultiStageBuild.Core.Presets;

/// <summary>
/// The preset store cannot be used (its database could not be opened, is damaged or was removed); every
/// <see cref="IPresetRepository"/> method throws this with a message that names the problem and the file, while the
/// rest of the app keeps working.
/// </summary>
/// <param name="message">What is wrong and where, for the operator.</param>
/// <param name="databasePath">The database file, when known.</param>
/// <param name="problem">What is wrong without the file's path, for anyone who calls the app.</param>
public sealed class PresetStoreUnavailableException(string message, string? databasePath, string? problem = null) : InvalidOperationException(message)
{
    /// <summary>The database file, when known.</summary>
    public string? DatabasePath { get; } = databasePath;

    /// <summary>What is wrong, without the database's path.</summary>
    public string Problem { get; } = problem ?? message;
}

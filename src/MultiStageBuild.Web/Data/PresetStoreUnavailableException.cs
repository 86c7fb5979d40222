namespace MultiStageBuild.Web.Data;

/// <summary>The preset database could not be opened at start-up; the rest of the app keeps working.</summary>
public sealed class PresetStoreUnavailableException(string message, string? databasePath) : InvalidOperationException(message)
{
    public string? DatabasePath { get; } = databasePath;
}

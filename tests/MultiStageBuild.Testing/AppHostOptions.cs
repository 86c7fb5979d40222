namespace MultiStageBuild.Testing;

/// <summary>How an <see cref="AppHost"/> configures the app; the defaults are the app as <c>dotnet run</c> starts it, on a new database.</summary>
public sealed record AppHostOptions
{
    /// <summary>Configuration entries added over appsettings.json, such as <c>Mcp:Edition</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The hosting environment, such as <c>Production</c>; the app's default when null.</summary>
    public string? Environment { get; init; }

    /// <summary>The preset database file; a <c>presets.db</c> in a new temporary folder when null.</summary>
    public string? DatabasePath { get; init; }
}

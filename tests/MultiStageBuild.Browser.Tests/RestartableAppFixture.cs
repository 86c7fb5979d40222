namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// The real app and one Chromium shared by the preset browser tests; <see cref="AppHost.RestartAsync"/> starts a new
/// app on the same database file.
/// </summary>
public sealed class RestartableAppFixture : BrowserAppHost
{
    /// <summary>A client for the running app's HTTP API (the port may change on restart; the client follows it).</summary>
    public HttpClient Http => Client;
}

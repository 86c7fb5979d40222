namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// The real app and one Chromium on a database file a test will take away; the store's first retry is an hour off, so
/// the fault stays as the test made it. Its own host: the file is lost for every later test.
/// </summary>
public sealed class StoreFaultAppFixture() : BrowserAppHost(new AppHostOptions
{
    Settings = new Dictionary<string, string?> { ["PresetStore:RetryDelay"] = TimeSpan.FromHours(1).ToString() },
});

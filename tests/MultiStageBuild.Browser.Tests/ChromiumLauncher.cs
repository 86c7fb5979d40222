using Microsoft.Playwright;

namespace MultiStageBuild.Browser.Tests;

/// <summary>Launches Chromium for every fixture: Debian's (or CHROMIUM_PATH) when there is one, Playwright's own download otherwise.</summary>
internal static class ChromiumLauncher
{
    private const string DebianChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = FindChromium(), Args = ChromiumArgs });

    private static string? FindChromium()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new FileNotFoundException($"CHROMIUM_PATH points at {configured}, which does not exist.", configured);
        }

        if (File.Exists(DebianChromium))
        {
            return DebianChromium;
        }

        var exitCode = Microsoft.Playwright.Program.Main(["install", "chromium"]);
        return exitCode == 0
            ? null
            : throw new InvalidOperationException(
                $"No Chromium at {DebianChromium} and `playwright install chromium` failed ({exitCode}): install it (apt-get install -y chromium) or set CHROMIUM_PATH.");
    }
}

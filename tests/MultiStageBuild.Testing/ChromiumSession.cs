using Microsoft.Playwright;

namespace MultiStageBuild.Testing;

/// <summary>
/// One headless Chromium driven by Playwright: Debian's (or CHROMIUM_PATH) when there is one, Playwright's own download
/// otherwise. Browser tests and the benchmark launch it the same way.
/// </summary>
public sealed class ChromiumSession : IAsyncDisposable
{
    private const string DebianChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    private readonly IPlaywright _playwright;

    private ChromiumSession(IPlaywright playwright, IBrowser browser) => (_playwright, Browser) = (playwright, browser);

    public IBrowser Browser { get; }

    public static async Task<ChromiumSession> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = FindChromium(), Args = ChromiumArgs });
            return new ChromiumSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

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

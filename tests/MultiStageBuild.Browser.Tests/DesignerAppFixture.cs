using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MultiStageBuild.Browser.Tests;

/// <summary>
/// The real app on a real Kestrel port on 127.0.0.1, and one Chromium for all tests of a class.
/// Debian's Chromium (or CHROMIUM_PATH) when there is one; Playwright's own download otherwise.
/// </summary>
public sealed class DesignerAppFixture : IAsyncLifetime
{
    private const string DebianChromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    ];

    // The app's own data (the preset database) goes to a throw-away folder, never the user's.
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("multistagebuild-browser-").FullName;
    private readonly WebApplicationFactory<Program> _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DesignerAppFixture() =>
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.UseSetting("ConnectionStrings:Presets", $"Data Source={Path.Combine(_dataFolder, "presets.db")}"));

    /// <summary>The app's origin, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async ValueTask InitializeAsync()
    {
        // A circuit round trip on a busy 2-core machine can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);

        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single(), UriKind.Absolute);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = FindChromium(),
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>The Chromium to launch, or <c>null</c> for Playwright's own (downloaded here if missing).</summary>
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

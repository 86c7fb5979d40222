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
        _browser = await ChromiumLauncher.LaunchAsync(_playwright);
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
}

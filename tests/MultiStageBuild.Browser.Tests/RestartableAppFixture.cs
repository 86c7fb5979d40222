using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MultiStageBuild.Browser.Tests;

/// <summary>The preset browser tests share one app host and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PresetAppCollection : ICollectionFixture<RestartableAppFixture>
{
    public const string Name = "Presets in Chromium";
}

/// <summary>
/// The real app on a real Kestrel port, on a preset database file that outlives the host: <see cref="RestartAsync"/>
/// stops the host and starts a new one on the same file (and, when the OS allows, the same port).
/// </summary>
public sealed class RestartableAppFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("multistagebuild-restart-").FullName;
    private AppFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public RestartableAppFixture() => DatabasePath = Path.Combine(_dataFolder, "presets.db");

    /// <summary>The preset database file every host of this fixture uses.</summary>
    public string DatabasePath { get; }

    /// <summary>The running host's origin, e.g. <c>http://127.0.0.1:41234/</c>; read it again after a restart.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>How many hosts have been started (1 before any restart).</summary>
    public int Starts { get; private set; }

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>A client for the running host's HTTP API (absolute addresses: the port may change on restart).</summary>
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask InitializeAsync()
    {
        // A circuit round trip on a busy 2-core machine can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        Start(port: 0);
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumLauncher.LaunchAsync(_playwright);
    }

    /// <summary>Stops the host (open circuits die with it) and starts a new one on the same database file.</summary>
    public async Task RestartAsync()
    {
        var port = BaseAddress.Port;
        await StopAsync();
        try
        {
            Start(port);
        }
        catch (IOException)
        {
            // The old port is still held (TIME_WAIT or another process): any port will do, tests read BaseAddress.
            await StopAsync();
            Start(port: 0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Http.Dispose();
        await StopAsync();
        Directory.Delete(_dataFolder, recursive: true);
    }

    private void Start(int port)
    {
        _factory = new AppFactory(DatabasePath);
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single(), UriKind.Absolute);
        Starts++;
    }

    private async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        // Pooled connections belong to the process, not the host: a real restart starts without them.
        SqliteConnection.ClearAllPools();
    }

    private sealed class AppFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseSetting("ConnectionStrings:Presets", $"Data Source={databasePath}");
    }
}

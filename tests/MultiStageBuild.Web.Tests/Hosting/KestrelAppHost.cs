using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MultiStageBuild.Web.Tests.Hosting;

/// <summary>
/// The real app on a real Kestrel socket (127.0.0.1, a port the OS picks) with its own throw-away preset database,
/// started once per test class through <c>IClassFixture</c>. Self-contained so the browser tests can keep a copy.
/// </summary>
public class KestrelAppHost : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("msb-web-tests-").FullName;
    private readonly AppFactory _factory;

    public KestrelAppHost()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A host whose configuration also holds <paramref name="settings"/> (such as <c>Mcp:Edition</c>).</summary>
    protected KestrelAppHost(IReadOnlyDictionary<string, string?> settings) =>
        _factory = new AppFactory(new Dictionary<string, string?>(settings) { ["ConnectionStrings:Presets"] = $"Data Source={DatabasePath}" });

    /// <summary>The app's preset database file.</summary>
    public string DatabasePath => Path.Combine(_folder, "presets.db");

    /// <summary>The address Kestrel listens on, such as <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for <see cref="BaseAddress"/> that goes through the network stack.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The app's own services, to arrange data through the same repository the pages use.</summary>
    public IServiceProvider Services => _factory.Services;

    public ValueTask InitializeAsync()
    {
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();

        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return ValueTask.CompletedTask;
    }

    public virtual async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private sealed class AppFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
    }
}

using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// The real app, built in Release, in this process on a real Kestrel port on 127.0.0.1, in the Production environment,
/// with its own throw-away SQLite database (as tests/MultiStageBuild.Browser.Tests/DesignerAppFixture.cs hosts it).
/// </summary>
public sealed class AppHost : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("multistagebuild-bench-").FullName;
    private readonly WebApplicationFactory<Program> _factory;

    private AppHost()
    {
        DatabasePath = Path.Combine(_folder, "presets.db");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(Environments.Production);
            web.UseSetting("ConnectionStrings:Presets", $"Data Source={DatabasePath}");
            web.ConfigureLogging(logging => logging
                .SetMinimumLevel(LogLevel.Warning)
                .AddFilter("Microsoft", LogLevel.Warning)
                .AddProvider(Renders)
                .AddFilter<RenderCounter>(RenderCounter.Category, LogLevel.Debug)
                .AddProvider(Sql)
                .AddFilter<SqlCapture>(SqlCapture.Category, LogLevel.Information));
            web.ConfigureServices(services =>
            {
                services.AddSingleton(Circuits);
                services.AddScoped<CircuitHandler, CircuitCounter.Handler>();
            });
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single(), UriKind.Absolute);
    }

    public Uri BaseAddress { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _factory.Services;

    public RenderCounter Renders { get; } = new();

    public CircuitCounter Circuits { get; } = new();

    /// <summary>EF Core's SQL, captured only while switched on.</summary>
    public SqlCapture Sql { get; } = new();

    public static AppHost Start() => new();

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open in the temp folder is not worth failing the run for.
        }
    }
}

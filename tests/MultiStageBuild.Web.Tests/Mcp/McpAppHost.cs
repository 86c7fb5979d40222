using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Web.Tests.Mcp;

/// <summary>
/// The real app on a real Kestrel socket with its own throw-away preset database, like <c>KestrelAppHost</c>, and
/// also the app's services, so tests can save presets through the same repository the pages use.
/// </summary>
public sealed class McpAppHost : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("msb-mcp-tests-").FullName;
    private readonly AppFactory _factory;

    public McpAppHost() => _factory = new AppFactory(Path.Combine(_folder, "presets.db"));

    public Uri BaseAddress { get; private set; } = null!;

    public Uri McpEndpoint => new(BaseAddress, "mcp");

    public HttpClient Client { get; private set; } = null!;

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

    /// <summary>An official MCP client over Streamable HTTP; <paramref name="protocolVersion"/> pins a revision.</summary>
    public Task<McpClient> ConnectAsync(string? protocolVersion = null, McpClientHandlers? handlers = null) =>
        McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions { Endpoint = McpEndpoint, TransportMode = HttpTransportMode.StreamableHttp }),
            new McpClientOptions { ProtocolVersion = protocolVersion, Handlers = handlers ?? new McpClientHandlers() },
            cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Saves a preset through the app's repository and returns it as stored.</summary>
    public async Task<StoredPreset> SavePresetAsync(string name, string description = "", string source = "", string install = "", string build = "", string test = "")
    {
        var arguments = ArgumentSet.Empty.With("source", source).With("install_cmd", install).With("build_cmd", build).With("test_cmd", test);
        var result = await Services.GetRequiredService<IPresetRepository>()
            .CreateAsync(new PresetDraft(name, description, [], arguments), "mcp-tests", TestContext.Current.CancellationToken);
        Assert.True(result.Status == SaveStatus.Saved, $"Saving {name} failed: {result.Status} {string.Join(" ", result.Errors?.SelectMany(e => e.Value) ?? [])}");
        return result.Preset!;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class AppFactory(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Presets"] = $"Data Source={databasePath}",
            }));
    }
}

using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using MultiStageBuild.Core.Arguments;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Tests.Hosting;

namespace MultiStageBuild.Web.Tests.Mcp;

/// <summary>The Kestrel app host with an official MCP client and a way to save presets through the app's repository.</summary>
public class McpAppHost : KestrelAppHost
{
    public McpAppHost()
    {
    }

    protected McpAppHost(IReadOnlyDictionary<string, string?> settings)
        : base(settings)
    {
    }

    public Uri McpEndpoint => new(BaseAddress, "mcp");

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
}

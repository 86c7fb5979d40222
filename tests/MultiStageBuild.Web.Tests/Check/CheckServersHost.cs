using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using MultiStageBuild.Web.Tests.Hosting;
using MultiStageBuild.Web.Tests.Mcp;

namespace MultiStageBuild.Web.Tests.Check;

/// <summary>
/// The app configured with real servers to check against, all on loopback: the TypeScript-SDK stand-in for Contree
/// (and its no-prompt, failing and silent variants), a second instance of this app, a port with nothing listening
/// and a plain web server that is not MCP.
/// </summary>
public sealed class CheckServersHost() : KestrelAppHost(Settings)
{
    private static readonly Dictionary<string, string?> Settings = [];
    private readonly McpAppHost _otherApp = new();
    private ContreeStandIn? _standIn;
    private WebApplication? _plainWeb;

    public override async ValueTask InitializeAsync()
    {
        var cancellation = TestContext.Current.CancellationToken;
        _standIn = await ContreeStandIn.StartAsync(cancellation);
        await _otherApp.InitializeAsync();
        _plainWeb = PlainWebServer();
        await _plainWeb.StartAsync(cancellation);

        var servers = new (string Name, string Url)[]
        {
            ("Contree", _standIn.Endpoint.ToString()),
            ("This app", _otherApp.McpEndpoint.ToString()),
            ("Nothing listening", $"http://127.0.0.1:{LoopbackPort.Free()}/mcp"),
            ("Plain web", _plainWeb.Urls.Single() + "/mcp"),
            ("No prompts", new Uri(_standIn.Endpoint, "/no-prompts/mcp").ToString()),
            ("Failing", new Uri(_standIn.Endpoint, "/failing/mcp").ToString()),
            ("Silent", new Uri(_standIn.Endpoint, "/slow/mcp").ToString()),
        };
        for (var i = 0; i < servers.Length; i++)
        {
            Settings[$"Designer:Servers:{i}:Name"] = servers[i].Name;
            Settings[$"Designer:Servers:{i}:Url"] = servers[i].Url;
        }

        Settings["Designer:CheckTimeoutSeconds"] = "10";
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _otherApp.DisposeAsync();
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }

        if (_plainWeb is not null)
        {
            await _plainWeb.DisposeAsync();
        }
    }

    private static WebApplication PlainWebServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context => context.Response.WriteAsync("<!doctype html><title>Not MCP</title><p>Just a web page.</p>"));
        return app;
    }
}

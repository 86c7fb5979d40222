using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace MultiStageBuild.Benchmarks.FloorApp;

/// <summary>
/// A bare Blazor Server app hosted by the harness on 127.0.0.1 (Production, Release): the framework's own cost of a
/// keystroke, measured in the same run as the designer.
/// </summary>
public sealed class FloorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FloorHost(WebApplication app, Uri baseAddress, RenderCounter renders) => (_app, BaseAddress, Renders) = (app, baseAddress, renders);

    public Uri BaseAddress { get; }

    /// <summary>Component renders, counted only while switched on.</summary>
    public RenderCounter Renders { get; }

    public static async Task<FloorHost> StartAsync()
    {
        var renders = new RenderCounter();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(FloorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders()
            .AddProvider(renders)
            .AddFilter<RenderCounter>(RenderCounter.Category, LogLevel.Debug);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();

        var app = builder.Build();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<FloorRoot>().AddInteractiveServerRenderMode();
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new FloorHost(app, new Uri(addresses.Addresses.Single(), UriKind.Absolute), renders);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

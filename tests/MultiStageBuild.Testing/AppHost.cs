using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace MultiStageBuild.Testing;

/// <summary>
/// The real app on a real Kestrel socket (127.0.0.1, a port the OS picks) with its own preset database file, which
/// outlives the host: <see cref="RestartAsync"/> stops the app and starts a new one on the same file. A test class
/// fixture through <see cref="IAsyncLifetime"/>, or started directly with <see cref="StartAsync"/>.
/// </summary>
public class AppHost : IAsyncLifetime
{
    private readonly AppHostOptions _options;
    private readonly string? _folder;
    private AppFactory? _factory;
    private HttpClient? _client;

    public AppHost()
        : this(new AppHostOptions())
    {
    }

    public AppHost(AppHostOptions options)
    {
        _options = options;
        if (options.DatabasePath is null)
        {
            _folder = Directory.CreateTempSubdirectory("multistagebuild-tests-").FullName;
        }

        DatabasePath = options.DatabasePath ?? Path.Combine(_folder!, "presets.db");
    }

    /// <summary>The preset database file every start of this host uses.</summary>
    public string DatabasePath { get; }

    /// <summary>The running app's origin, such as <c>http://127.0.0.1:40123/</c>; read it again after a restart.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>
    /// A client through the network stack whose requests, relative or absolute, go to the running app, also after a
    /// restart on another port. Bodies come as sent (no automatic decompression).
    /// </summary>
    public HttpClient Client => _client ?? throw new InvalidOperationException("The app host is not started.");

    /// <summary>
    /// Another client like <see cref="Client"/> with cookies of its own (a browser's session without the browser), which
    /// does not follow redirects, so a test sees where the app sends it.
    /// </summary>
    public HttpClient NewCookieClient() =>
        new(new CurrentAppHandler(this, new HttpClientHandler { CookieContainer = new(), UseCookies = true, AllowAutoRedirect = false }))
        {
            BaseAddress = BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>The running app's own services, to arrange data through the same repository the pages use.</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app host is not started.");

    /// <summary>How many times the app has been started (1 before any restart).</summary>
    public int Starts { get; private set; }

    /// <summary>Starts a host outside xunit's fixtures; dispose it to stop it.</summary>
    public static async Task<AppHost> StartAsync(AppHostOptions? options = null)
    {
        var host = new AppHost(options ?? new AppHostOptions());
        await host.InitializeAsync();
        return host;
    }

    public virtual ValueTask InitializeAsync()
    {
        Start(port: 0);
        _client = new HttpClient(new CurrentAppHandler(this)) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return ValueTask.CompletedTask;
    }

    /// <summary>Stops the app (open circuits die with it) and starts a new one on the same database file and, when free, the same port.</summary>
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

    public virtual async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await StopAsync();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Adds to the app's web host before each start, such as logging providers or services to observe it by.</summary>
    protected virtual void ConfigureWebHost(IWebHostBuilder builder)
    {
    }

    private void Start(int port)
    {
        _factory = new AppFactory(this);
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
    }

    private sealed class AppFactory(AppHost host) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            if (host._options.Environment is { } environment)
            {
                builder.UseEnvironment(environment);
            }

            foreach (var (key, value) in host._options.Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.UseSetting("ConnectionStrings:Presets", $"Data Source={host.DatabasePath}");
            host.ConfigureWebHost(builder);
        }
    }

    /// <summary>Points every request at the running app, whose port may have changed on a restart.</summary>
    private sealed class CurrentAppHandler(AppHost host, HttpMessageHandler? inner = null) : DelegatingHandler(inner ?? new HttpClientHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { IsAbsoluteUri: true, IsLoopback: true } uri)
            {
                request.RequestUri = new UriBuilder(uri) { Host = host.BaseAddress.Host, Port = host.BaseAddress.Port }.Uri;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}

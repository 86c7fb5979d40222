using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MultiStageBuild.Benchmarks;

/// <summary>
/// The shared app host, built in Release, in the Production environment, counting renders and circuits and capturing
/// EF Core's SQL while asked to.
/// </summary>
public sealed class InstrumentedAppHost : AppHost
{
    private InstrumentedAppHost()
        : base(new AppHostOptions { Environment = Environments.Production })
    {
    }

    public RenderCounter Renders { get; } = new();

    public CircuitCounter Circuits { get; } = new();

    /// <summary>EF Core's SQL, captured only while switched on.</summary>
    public SqlCapture Sql { get; } = new();

    public static async Task<InstrumentedAppHost> StartAsync()
    {
        var host = new InstrumentedAppHost();
        await host.InitializeAsync();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddProvider(Renders)
            .AddFilter<RenderCounter>(RenderCounter.Category, LogLevel.Debug)
            .AddProvider(Sql)
            .AddFilter<SqlCapture>(SqlCapture.Category, LogLevel.Information));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(Circuits);
            services.AddScoped<CircuitHandler, CircuitCounter.Handler>();
        });
    }
}

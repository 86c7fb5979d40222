using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Data;
using MultiStageBuild.Web.Mcp;

namespace MultiStageBuild.Web.Tests.Components;

/// <summary>
/// A bUnit context with the real preset store on a throw-away SQLite file and the designer's and MCP catalogue's
/// services, wired as the app wires them.
/// </summary>
public abstract class PresetStoreContext : BunitContext, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("msb-bunit-store-").FullName;

    protected PresetStoreContext()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Presets"] = $"Data Source={Path.Combine(_folder, "presets.db")}" })
            .Build();
        Services.AddSingleton<IConfiguration>(configuration);
        Services.AddDesigner();
        Services.AddPresetStore(configuration);
        Services.AddPresetMcpServer();
        Services.AddSingleton<ILoggerFactory>(LoggerFactory.Create(logging =>
            logging.AddProvider(ComponentRenders).AddFilter<RenderCounter>(RenderCounter.Category, LogLevel.Debug)));
        this.AddTestServices(); // last: it reads from the provider, which then takes no more registrations
    }

    /// <summary>Renders by component type, from the renderer's own log, while counting.</summary>
    protected RenderCounter ComponentRenders { get; } = new();

    protected IPresetRepository Presets => Services.GetRequiredService<IPresetRepository>();

    protected static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await Services.InitializePresetStoreAsync(Ct);
        Assert.True(Services.GetRequiredService<PresetStoreStatus>().IsAvailable);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A left-over temp folder must not fail a test.
        }
    }
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Web.Data;

namespace MultiStageBuild.Data.Tests.Infrastructure;

/// <summary>
/// A preset store on a real SQLite file in its own temporary folder, wired exactly as the app wires it
/// (AddPresetStore + InitializePresetStoreAsync), recording every change the notifier announces.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];

    private TestStore(string folder, string databasePath)
    {
        Folder = folder;
        DatabasePath = databasePath;
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public SteppingClock Clock { get; } = new();

    public ConcurrentQueue<PresetChange> Changes { get; } = new();

    public ServiceProvider Services => _providers[0];

    public IPresetRepository Repository => Services.GetRequiredService<IPresetRepository>();

    public IPresetChangeNotifier Notifier => Services.GetRequiredService<IPresetChangeNotifier>();

    public PresetStoreStatus Status => Services.GetRequiredService<PresetStoreStatus>();

    /// <summary>A fresh store; <paramref name="prepare"/> may put something at the database path first.</summary>
    public static async Task<TestStore> CreateAsync(Action<string>? prepare = null, string? databasePath = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "msb-data-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new TestStore(folder, databasePath ?? Path.Combine(folder, "presets.db"));
        prepare?.Invoke(store.DatabasePath);
        await store.OpenAsync();
        return store;
    }

    /// <summary>A second, independent set of services on the same file: its own context factory, repository and notifier.</summary>
    public async Task<ServiceProvider> OpenAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Presets"] = $"Data Source={DatabasePath}" })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddPresetStore(configuration)
            .BuildServiceProvider();
        _providers.Add(services);
        services.GetRequiredService<IPresetChangeNotifier>().Subscribe(changes =>
        {
            foreach (var change in changes)
            {
                Changes.Enqueue(change);
            }

            return Task.CompletedTask;
        });
        await services.InitializePresetStoreAsync(Ct);
        return services;
    }

    public async Task<PresetsDbContext> NewContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<PresetsDbContext>>().CreateDbContextAsync(Ct);

    /// <summary>Creates a preset that must save, and returns it.</summary>
    public async Task<StoredPreset> SeedAsync(PresetDraft draft, string author = "ada")
    {
        var result = await Repository.CreateAsync(draft, author, Ct);
        Assert.Equal(SaveStatus.Saved, result.Status);
        return result.Preset!;
    }

    public async Task<(int Presets, int Revisions)> CountRowsAsync()
    {
        await using var context = await NewContextAsync();
        return (await context.Presets.CountAsync(Ct), await context.PresetRevisions.CountAsync(Ct));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A left-over temp folder must not fail a test.
        }
    }
}

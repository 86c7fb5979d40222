using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using MultiStageBuild.Web.Data;
using static MultiStageBuild.Data.Tests.Infrastructure.PresetDraftBuilder;

namespace MultiStageBuild.Data.Tests.Hostile;

/// <summary>The database file deleted, replaced, overwritten or damaged under the running store, and the store brought back.</summary>
public sealed class StoreFileFaultTests
{
    [Fact]
    public async Task AFileDeletedWhileRunningRefusesTheNextSaveAndTheNextStartCreatesNoEmptyStore()
    {
        await using var store = await TestStore.CreateAsync();
        await store.SeedAsync(APreset("Before"));

        File.Delete(store.DatabasePath);
        var refused = await Assert.ThrowsAsync<PresetStoreUnavailableException>(() => store.Repository.CreateAsync(APreset("After"), "ada", Ct));

        Assert.Contains("deleted or replaced", refused.Problem);
        Assert.DoesNotContain(store.DatabasePath, refused.Problem);
        Assert.Equal(PresetStoreHealth.Unavailable, store.Status.Health);
        Assert.Single(store.Changes);

        var restarted = await store.OpenAsync();
        var status = restarted.GetRequiredService<PresetStoreStatus>();
        Assert.False(status.IsAvailable);
        Assert.Contains("presets.db is missing, but this folder held one", status.Problem);
        Assert.False(File.Exists(store.DatabasePath));
    }

    [Fact]
    public async Task AFileReplacedWhileRunningRefusesTheNextSave()
    {
        await using var store = await TestStore.CreateAsync();
        await using var other = await TestStore.CreateAsync();
        var created = await store.SeedAsync(APreset("Mine"));
        await other.SeedAsync(APreset("Theirs"));

        File.Copy(other.DatabasePath, store.DatabasePath + ".new");
        File.Move(store.DatabasePath + ".new", store.DatabasePath, overwrite: true);

        await Assert.ThrowsAsync<PresetStoreUnavailableException>(() => store.Repository.DeleteAsync(created.Id, 1, "ada", Ct));
        Assert.Contains("deleted or replaced", store.Status.Problem);
        Assert.Single(store.Changes);
    }

    [Fact]
    public async Task AFileOverwrittenWhileRunningIsDamagedForSavesAndHealth()
    {
        await using var store = await TestStore.CreateAsync();
        await store.SeedAsync(APreset("Before"));

        await OverwriteAsync(store.DatabasePath, offset: 0);
        var refused = await Assert.ThrowsAsync<PresetStoreUnavailableException>(() => store.Repository.CreateAsync(APreset("After"), "ada", Ct));
        var health = await CheckHealthAsync(store.Services);

        Assert.Contains("not a SQLite database", refused.Problem);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Equal(refused.Problem, health.Description);
        Assert.Equal("unavailable", health.Data["store"]);
        await Assert.ThrowsAsync<PresetStoreUnavailableException>(() => store.Repository.SearchAsync(new PresetQuery(), Ct));
    }

    [Fact]
    public async Task AHealthyStoreReportsHealthy()
    {
        await using var store = await TestStore.CreateAsync();

        var health = await CheckHealthAsync(store.Services);

        Assert.Equal(HealthStatus.Healthy, health.Status);
        Assert.Equal("ok", health.Data["store"]);
    }

    [Fact]
    public async Task AFileDamagedBeforeStartUpIsFoundByTheQuickCheck()
    {
        var damaged = Path.Combine(Path.GetTempPath(), "msb-data-tests", $"damaged-{Guid.NewGuid():N}.db");
        await using (var original = await TestStore.CreateAsync())
        {
            for (var i = 0; i < 200; i++)
            {
                await original.SeedAsync(APreset($"Preset {i}").Described(new string('d', 500)));
            }

            // Closing the last connection checkpoints the WAL into the file, so the copy holds every preset.
            original.Services.GetRequiredService<PresetStoreConnection>().ReleasePooledConnections();
            File.Copy(original.DatabasePath, damaged);
        }

        // Past the schema: table and index pages, not the header.
        await OverwriteAsync(damaged, offset: new FileInfo(damaged).Length / 2);
        await using var store = await TestStore.CreateAsync(prepare: path => File.Move(damaged, path));

        Assert.False(store.Status.IsAvailable);
        Assert.Contains("damaged", store.Status.Problem);
        await Assert.ThrowsAsync<PresetStoreUnavailableException>(() => store.Repository.SearchAsync(new PresetQuery(), Ct));
    }

    [Fact]
    public async Task AStoreUnavailableAtStartUpRecoversOnceItsFolderIsFixed()
    {
        var blocker = Path.Combine(Path.GetTempPath(), "msb-data-tests", $"not-a-folder-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "a file where a folder should be", Ct);
        await using var store = await TestStore.CreateAsync(databasePath: Path.Combine(blocker, "data", "presets.db"));
        Assert.False(store.Status.IsAvailable);
        var available = AvailableAsync(store.Status);
        await using var monitor = await StartMonitorAsync(store.Services);

        File.Delete(blocker);
        await available;

        Assert.Equal(SaveStatus.Saved, (await store.Repository.CreateAsync(APreset(), "ada", Ct)).Status);
        Directory.Delete(blocker, recursive: true);
    }

    [Fact]
    public async Task AFilePutBackAfterItWasMovedAwayIsReopenedWithItsPresets()
    {
        await using var store = await TestStore.CreateAsync();
        var before = await store.SeedAsync(APreset("Before"));
        var aside = store.DatabasePath + ".aside";
        File.Move(store.DatabasePath, aside);
        await Assert.ThrowsAsync<PresetStoreUnavailableException>(() => store.Repository.CreateAsync(APreset("Lost"), "ada", Ct));
        var available = AvailableAsync(store.Status);
        await using var monitor = await StartMonitorAsync(store.Services);

        File.Move(aside, store.DatabasePath);
        await available;

        Assert.Equal(before, await store.Repository.FindAsync(before.Id, Ct));
        Assert.Null(await store.Repository.FindByNameAsync("Lost", Ct));
        Assert.Equal(SaveStatus.Saved, (await store.Repository.CreateAsync(APreset("After"), "ada", Ct)).Status);
    }

    private static async Task OverwriteAsync(string path, long offset)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        var junk = new byte[file.Length - offset];
        new Random(7).NextBytes(junk);
        file.Position = offset;
        await file.WriteAsync(junk, Ct);
    }

    private static async Task<HealthReportEntry> CheckHealthAsync(IServiceProvider services) =>
        (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(Ct)).Entries[PresetStoreHealthCheck.Name];

    /// <summary>Completes when <paramref name="status"/> next becomes available.</summary>
    private static Task AvailableAsync(PresetStoreStatus status)
    {
        var available = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        status.Changed += () =>
        {
            if (status.Health == PresetStoreHealth.Available)
            {
                available.TrySetResult();
            }
        };
        return available.Task.WaitAsync(Ct);
    }

    private static async Task<AsyncStop> StartMonitorAsync(IServiceProvider services)
    {
        var monitor = services.GetServices<IHostedService>().OfType<PresetStoreMonitor>().Single();
        await monitor.StartAsync(Ct);
        return new AsyncStop(() => monitor.StopAsync(CancellationToken.None));
    }

    private sealed class AsyncStop(Func<Task> stop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await stop();
    }
}

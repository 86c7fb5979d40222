using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using MultiStageBuild.Web.Data;
using static MultiStageBuild.Testing.PresetBuilder;

namespace MultiStageBuild.Data.Tests;

public sealed class PresetStoreStartupTests
{
    [Fact]
    public async Task ACorruptFileLeavesTheStoreUnavailableWithoutCrashing()
    {
        await using var store = await TestStore.CreateAsync(prepare: path => File.WriteAllBytes(path, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 37))]));

        Assert.False(store.Status.IsAvailable);
        Assert.Equal(store.DatabasePath, store.Status.DatabasePath);
        Assert.Contains(store.DatabasePath, store.Status.Message);
        Assert.Contains("not a SQLite database", store.Status.Message);
        await AssertEveryCallThrows(store.Repository, store.Status.Message);
    }

    [Fact]
    public async Task AnUnwritableFolderLeavesTheStoreUnavailableWithoutCrashing()
    {
        var blocker = Path.Combine(Path.GetTempPath(), "msb-data-tests", $"not-a-folder-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "a file where a folder should be", Ct);
        try
        {
            await using var store = await TestStore.CreateAsync(databasePath: Path.Combine(blocker, "data", "presets.db"));

            Assert.False(store.Status.IsAvailable);
            Assert.Contains(store.DatabasePath, store.Status.Message);
            await AssertEveryCallThrows(store.Repository, store.Status.Message);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public void BeforeStartUpTheRepositorySaysWhatIsMissing()
    {
        var status = new PresetStoreStatus();

        var error = Assert.Throws<PresetStoreUnavailableException>(status.ThrowIfUnavailable);

        Assert.Contains("InitializePresetStoreAsync", error.Message);
    }

    [Fact]
    public async Task AMissingConnectionStringIsAnErrorNamingTheSetting()
    {
        var services = new ServiceCollection().AddPresetStore(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => services.InitializePresetStoreAsync(Ct));

        Assert.Contains("ConnectionStrings:Presets", error.Message);
    }

    [Fact]
    public void TheLocalApplicationDataTokenIsExpandedAndATimeoutAdded()
    {
        var connection = PresetStoreConnection.Parse("Data Source={LocalApplicationData}/MultiStageBuild/presets.db");

        var expected = Path.GetFullPath(Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            "MultiStageBuild", "presets.db"));
        Assert.Equal(expected, connection.DatabasePath);
        Assert.Contains("Default Timeout=30", connection.ConnectionString);
    }

    [Fact]
    public void AGivenTimeoutIsKept()
    {
        var connection = PresetStoreConnection.Parse("Data Source=presets.db;Command Timeout=5");

        Assert.Equal(Path.GetFullPath("presets.db"), connection.DatabasePath);
        Assert.Contains("Default Timeout=5", connection.ConnectionString);
    }

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Mode=Memory")]
    public void ConnectionStringsWithoutAFileAreRejected(string connectionString)
    {
        Assert.Throws<InvalidOperationException>(() => PresetStoreConnection.Parse(connectionString));
    }

    private static async Task AssertEveryCallThrows(IPresetRepository repository, string message)
    {
        var id = Guid.NewGuid();
        var calls = new Func<Task>[]
        {
            () => repository.SearchAsync(new PresetQuery(), Ct),
            () => repository.TagsAsync(Ct),
            () => repository.FindAsync(id, Ct),
            () => repository.FindByNameAsync("x", Ct),
            () => repository.CreateAsync(APreset(), "ada", Ct),
            () => repository.UpdateAsync(id, APreset(), 1, "ada", Ct),
            () => repository.DeleteAsync(id, 1, "ada", Ct),
            () => repository.RestoreAsync(id, "ada", Ct),
            () => repository.RevisionsAsync(id, Ct),
            () => repository.RestoreRevisionAsync(id, 1, "ada", Ct),
            () => repository.ImportAsync([APreset()], ImportClash.Skip, "ada", dryRun: true, Ct),
            () => repository.ExportAsync(null, Ct),
        };

        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<PresetStoreUnavailableException>(call);
            Assert.Equal(message, error.Message);
        }
    }
}

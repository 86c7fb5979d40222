using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MultiStageBuild.Core.Presets;
using MultiStageBuild.Data.Tests.Infrastructure;
using MultiStageBuild.Web.Data;

namespace MultiStageBuild.Data.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task TheModelHasNoChangesMissingFromTheMigrations()
    {
        await using var store = await TestStore.CreateAsync();
        await using var context = await store.NewContextAsync();

        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task StartUpMigratesAFreshFileToTheLatestMigration()
    {
        await using var store = await TestStore.CreateAsync(databasePath: null);
        await using var context = await store.NewContextAsync();

        Assert.True(store.Status.IsAvailable, store.Status.Message);
        Assert.Equal(store.DatabasePath, store.Status.DatabasePath);
        Assert.True(File.Exists(store.DatabasePath));
        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Ct));
        Assert.Contains(context.Database.GetMigrations(), m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        var tables = await context.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync(Ct);
        Assert.Superset(new HashSet<string> { "Presets", "PresetTags", "PresetRevisions", "__EFMigrationsHistory" }, tables.ToHashSet());
    }

    [Fact]
    public async Task StartingTwiceOnTheSameFileKeepsTheData()
    {
        await using var store = await TestStore.CreateAsync();
        await store.SeedAsync(PresetBuilder.APreset());

        await store.OpenAsync();

        Assert.Equal((1, 1), await store.CountRowsAsync());
    }

    [Fact]
    public async Task MigratingAStoreWithPresetsPutsThemInTheSearchIndex()
    {
        await using var store = await TestStore.CreateAsync(path =>
        {
            // The store as the first release left it: no search index yet.
            using var legacy = new LegacyStore(path, "InitialCreate");
            legacy.Add("Rust crate", SteppingClock.Start, testCmd: "cargo nextest run", tag: "gpu");
            legacy.Add("Old crate", SteppingClock.Start, deletedAt: SteppingClock.Start, testCmd: "cargo nextest run");
        });

        var found = await store.Repository.SearchAsync(new PresetQuery("NEXTEST", "gpu"), Ct);

        Assert.Equal(["Rust crate"], found.Items.Select(p => p.Name));
        Assert.Equal(1, found.Total);
        Assert.Equal(["Old crate"], (await store.Repository.SearchAsync(new PresetQuery("nextest", Trash: true), Ct)).Items.Select(p => p.Name));
    }

    [Fact]
    public async Task TheSearchIndexIsKeptByTriggersOnPresetsAndTags()
    {
        // A migration that rebuilds either table drops its triggers: it must create them again and refill the index.
        await using var store = await TestStore.CreateAsync();
        await using var context = await store.NewContextAsync();

        var triggers = await context.Database.SqlQueryRaw<string>("SELECT tbl_name || '.' || name AS Value FROM sqlite_master WHERE type = 'trigger' ORDER BY 1").ToListAsync(Ct);

        Assert.Equal(
            ["PresetTags.PresetTags_Search_Delete", "PresetTags.PresetTags_Search_Insert", "PresetTags.PresetTags_Search_Update",
             "Presets.Presets_Search_Delete", "Presets.Presets_Search_Insert", "Presets.Presets_Search_Update"],
            triggers);
    }

    [Fact]
    public async Task TheFileIsInWalModeAndConnectionsWaitForLocks()
    {
        await using var store = await TestStore.CreateAsync();
        await using var context = await store.NewContextAsync();
        await context.Database.OpenConnectionAsync(Ct);
        var connection = (SqliteConnection)context.Database.GetDbConnection();

        Assert.Equal("wal", await Pragma(connection, "journal_mode"));
        Assert.Equal("5000", await Pragma(connection, "busy_timeout"));
        Assert.Equal("1", await Pragma(connection, "synchronous"));
        Assert.Equal(30, connection.DefaultTimeout);
    }

    [Fact]
    public async Task DateTimesAreStoredAsUtcTicks()
    {
        await using var store = await TestStore.CreateAsync();
        var preset = await store.SeedAsync(PresetBuilder.APreset());
        await using var context = await store.NewContextAsync();
        await context.Database.OpenConnectionAsync(Ct);
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT typeof(CreatedAt), CreatedAt FROM Presets";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        await reader.ReadAsync(Ct);

        Assert.Equal("integer", reader.GetString(0));
        Assert.Equal(preset.CreatedAt.UtcTicks, reader.GetInt64(1));
    }

    [Fact]
    public void DesignTimeFactoryBuildsTheSameModel()
    {
        using var context = new DesignTimePresetsDbContextFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges());
    }

    private static async Task<string> Pragma(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
        await store.SeedAsync(PresetDraftBuilder.APreset());

        await store.OpenAsync();

        Assert.Equal((1, 1), await store.CountRowsAsync());
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
        var preset = await store.SeedAsync(PresetDraftBuilder.APreset());
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

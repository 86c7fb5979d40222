using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Web.Data;

public static class PresetStoreServices
{
    /// <summary>
    /// Registers the SQLite preset store. The connection string is read when first needed, so hosts (and tests)
    /// may still change <c>ConnectionStrings:Presets</c> after this call.
    /// </summary>
    public static IServiceCollection AddPresetStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PresetStoreStatus>();
        services.TryAddSingleton<SqlitePragmaInterceptor>();
        services.TryAddSingleton(_ => PresetStoreConnection.FromConfiguration(configuration));
        services.AddDbContextFactory<PresetsDbContext>((provider, options) => options
            .UseSqlite(provider.GetRequiredService<PresetStoreConnection>().ConnectionString)
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>()));
        services.TryAddSingleton<IPresetChangeNotifier, InProcessPresetChangeNotifier>();
        services.TryAddSingleton<IPresetRepository, EfPresetRepository>();
        return services;
    }

    /// <summary>
    /// Creates the database folder, applies migrations and switches the file to WAL, once, at start-up. A database
    /// that cannot be opened does not stop the app: <see cref="PresetStoreStatus"/> records why, and the repository
    /// throws <see cref="PresetStoreUnavailableException"/> with that message.
    /// </summary>
    public static async Task InitializePresetStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var status = services.GetRequiredService<PresetStoreStatus>();
        if (status.IsAvailable)
        {
            return;
        }

        var connection = services.GetRequiredService<PresetStoreConnection>();
        var contexts = services.GetRequiredService<IDbContextFactory<PresetsDbContext>>();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(PresetStoreServices).FullName!);
        var path = connection.DatabasePath;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var context = await contexts.CreateDbContextAsync(cancellationToken);

            // WAL is stored in the file: readers no longer wait for the writer, and commits survive a process kill.
            await context.Database.OpenConnectionAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await context.Database.MigrateAsync(cancellationToken);
            status.MarkAvailable(path);
            logger?.LogInformation("Preset store ready at {DatabasePath}.", path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var message = $"The preset store is unavailable: {Describe(e, path)}";
            status.MarkUnavailable(path, message);
            logger?.LogError(e, "{Message}", message);
        }
    }

    private static string Describe(Exception e, string path) => e switch
    {
        SqliteException { SqliteErrorCode: 26 } => $"the file '{path}' is not a SQLite database (it may be corrupt, or another kind of file).",
        SqliteException { SqliteErrorCode: 11 } => $"the database file '{path}' is corrupt.",
        SqliteException { SqliteErrorCode: 14 } => $"the database file '{path}' cannot be opened; check that its folder exists and is writable.",
        SqliteException { SqliteErrorCode: 5 or 6 } => $"the database file '{path}' is locked by another process.",
        SqliteException { SqliteErrorCode: 8 } => $"the database file '{path}' is read-only.",
        SqliteException { SqliteErrorCode: 13 } => $"the disk holding '{path}' is full.",
        UnauthorizedAccessException or IOException => $"the folder of '{path}' cannot be created or written ({e.Message}).",
        _ => $"the database '{path}' could not be opened or migrated ({e.Message}).",
    };
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MultiStageBuild.Web.Mcp;

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
        services.AddLogging();
        services.AddSingleton<IHostedService>(provider => new PresetStoreMonitor(
            provider, configuration.GetValue(PresetStoreMonitor.RetryDelaySetting, PresetStoreMonitor.DefaultRetryDelay),
            provider.GetRequiredService<PresetStoreStatus>(), provider.GetRequiredService<ILogger<PresetStoreMonitor>>()));
        services.AddHealthChecks().AddCheck<PresetStoreHealthCheck>(PresetStoreHealthCheck.Name);
        return services;
    }

    /// <summary>
    /// Opens the database once at start-up (and again on each retry of <see cref="PresetStoreMonitor"/>): creates the
    /// folder and file when this folder never held one, applies migrations, switches the file to WAL and runs
    /// <c>PRAGMA quick_check</c>. A database that cannot be used does not stop the app: <see cref="PresetStoreStatus"/>
    /// records why, and the repository throws <see cref="PresetStoreUnavailableException"/> with that message.
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
            if (status.DatabasePath is not null)
            {
                // A retry: pooled connections may still hold a damaged, deleted or replaced file open.
                connection.ReleasePooledConnections();
            }

            if (CreateUnlessMissing(connection) is { } missing)
            {
                status.MarkUnavailable(path, missing);
                logger?.LogError("{Message}", status.Message);
                return;
            }

            await using var context = await contexts.CreateDbContextAsync(cancellationToken);

            // WAL is stored in the file: readers no longer wait for the writer, and commits survive a process kill.
            await context.Database.OpenConnectionAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await context.Database.MigrateAsync(cancellationToken);
            if (await QuickCheckAsync(context, cancellationToken) is { } damage)
            {
                status.MarkUnavailable(path, $"the database file is damaged (PRAGMA quick_check: {damage}); restore it from a backup.");
                logger?.LogError("{Message}", status.Message);
                return;
            }

            await AssignMissingSlugsAsync(context, cancellationToken);
            if (!File.Exists(connection.MarkerPath))
            {
                await File.WriteAllTextAsync(connection.MarkerPath,
                    $"The MultiStageBuild preset database {Path.GetFileName(path)} lives in this folder (since {DateTimeOffset.UtcNow:u}).\n" +
                    "While this file exists the app will not start afresh with an empty database in its place. Delete it to do so.\n",
                    cancellationToken);
            }

            status.MarkAvailable(path);
            logger?.LogInformation("Preset store ready at {DatabasePath}.", path);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            status.MarkUnavailable(path, PresetStoreFaults.DescribeStartup(e));
            logger?.LogError(e, "{Message}", status.Message);
        }
    }

    /// <summary>Creates the folder and an empty database, unless this folder held one that is gone now; then why not.</summary>
    private static string? CreateUnlessMissing(PresetStoreConnection connection)
    {
        if (File.Exists(connection.DatabasePath))
        {
            return null;
        }

        if (File.Exists(connection.MarkerPath))
        {
            return $"the database file {Path.GetFileName(connection.DatabasePath)} is missing, but this folder held one " +
                $"({Path.GetFileName(connection.MarkerPath)} says so). Restore it from a backup; to start with an empty store instead, " +
                $"delete {Path.GetFileName(connection.MarkerPath)}.";
        }

        Directory.CreateDirectory(Path.GetDirectoryName(connection.DatabasePath)!);
        using var creating = new SqliteConnection(connection.CreatingConnectionString);
        creating.Open();
        return null;
    }

    /// <summary>
    /// Presets saved before slugs were stored get one, in the order the MCP catalogue used to derive them (live presets
    /// by creation, then those in the trash), so each keeps the prompt name agents saw unless it is now reserved or its
    /// name transliterates differently.
    /// </summary>
    private static async Task AssignMissingSlugsAsync(PresetsDbContext context, CancellationToken cancellationToken)
    {
        if (!await context.Presets.AnyAsync(p => p.Slug == null, cancellationToken))
        {
            return;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var taken = (await context.Presets.Where(p => p.Slug != null).Select(p => p.Slug!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var missing = await context.Presets.Where(p => p.Slug == null).ToListAsync(cancellationToken);
        foreach (var preset in missing.OrderBy(p => p.DeletedAt is not null).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id))
        {
            preset.Slug = await PresetSlugs.FirstFreeAsync(PresetSlugs.Of(preset.Name), slug => Task.FromResult(taken.Contains(slug)));
            taken.Add(preset.Slug);
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The first problem <c>PRAGMA quick_check</c> finds, or <c>null</c> when it reports ok.</summary>
    private static async Task<string?> QuickCheckAsync(PresetsDbContext context, CancellationToken cancellationToken)
    {
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA quick_check(1);";
        var result = await command.ExecuteScalarAsync(cancellationToken) as string;
        return result == "ok" ? null : result ?? "no answer";
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MultiStageBuild.Web.Data;

/// <summary>
/// Sets per-connection pragmas on every open: wait up to 5 s for a lock held by another writer, and
/// sync at checkpoints only (with WAL this survives a process kill; only an OS crash can lose the last commits).
/// Also gives SQL the store's name key (<see cref="NameKeyFunction"/>), which migrations use to re-key names.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";

    /// <summary><c>preset_name_key(name)</c>: <see cref="PresetRules.FoldName"/>, the unique-name key.</summary>
    public const string NameKeyFunction = "preset_name_key";

    private static void AddFunctions(DbConnection connection) =>
        ((SqliteConnection)connection).CreateFunction(NameKeyFunction, (string name) => PresetRules.FoldName(name), isDeterministic: true);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        AddFunctions(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AddFunctions(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

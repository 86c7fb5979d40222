using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MultiStageBuild.Web.Data;

/// <summary>
/// Sets per-connection pragmas on every open: wait up to 5 s for a lock held by another writer, and
/// sync at checkpoints only (with WAL this survives a process kill; only an OS crash can lose the last commits).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

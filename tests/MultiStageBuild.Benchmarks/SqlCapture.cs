using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace MultiStageBuild.Benchmarks;

/// <summary>Keeps the SQL EF Core runs while switched on (for --dump), and asks SQLite how it plans each statement.</summary>
public sealed class SqlCapture : ILoggerProvider
{
    public const string Category = "Microsoft.EntityFrameworkCore.Database.Command";

    private readonly ConcurrentQueue<string> _commands = new();
    private volatile bool _capturing;

    public bool Capturing
    {
        get => _capturing;
        set => _capturing = value;
    }

    /// <summary>The statements since the last call, each once.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = new List<string>();
        while (_commands.TryDequeue(out var command))
        {
            taken.Add(command);
        }

        return [.. taken.Distinct()];
    }

    /// <summary>SQLite's EXPLAIN QUERY PLAN for <paramref name="sql"/> (parameters unbound).</summary>
    public static string Plan(string databasePath, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add($"  {reader.GetInt32(0)}<{reader.GetInt32(1)}: {reader.GetString(3)}");
        }

        return string.Join('\n', lines);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(SqlCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => capture.Capturing;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (capture.Capturing && state is IReadOnlyList<KeyValuePair<string, object?>> values
                && values.FirstOrDefault(p => p.Key == "commandText").Value is string sql && eventId.Name?.EndsWith("CommandExecuted", StringComparison.Ordinal) == true)
            {
                capture._commands.Enqueue(sql);
            }
        }
    }
}

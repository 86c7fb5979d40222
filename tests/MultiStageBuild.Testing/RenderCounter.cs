using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MultiStageBuild.Testing;

/// <summary>
/// Counts Blazor component renders by type, from the renderer's own Debug log ("Rendering component {id} of type
/// {type}"), in the app's host or a bUnit context. Off unless <see cref="Counting"/> is set, so timed runs pay nothing.
/// </summary>
public sealed class RenderCounter : ILoggerProvider
{
    /// <summary>The categories the renderer logs under.</summary>
    public const string Category = "Microsoft.AspNetCore.Components";

    private readonly ConcurrentDictionary<string, int> _renders = new(StringComparer.Ordinal);
    private volatile bool _counting;

    public bool Counting
    {
        get => _counting;
        set => _counting = value;
    }

    /// <summary>Renders per component type since the last <see cref="Reset"/>, most first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Renders => [.. _renders.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];

    public void Reset() => _renders.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(RenderCounter counter) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => counter.Counting;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!counter.Counting || eventId.Name != "RenderingComponent" || state is not IReadOnlyList<KeyValuePair<string, object?>> values)
            {
                return;
            }

            var type = values.FirstOrDefault(p => p.Key == "ComponentType").Value switch
            {
                Type t => ShortName(t),
                { } other => other.ToString() ?? "?",
                null => "?",
            };
            counter._renders.AddOrUpdate(type, 1, (_, n) => n + 1);
        }

        private static string ShortName(Type type) =>
            type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", type.GenericTypeArguments.Select(ShortName))}>" : type.Name;
    }
}

using System.Collections.Immutable;
using Microsoft.Extensions.Logging.Abstractions;

namespace MultiStageBuild.Web.Data;

/// <summary>Tells subscribers in this process about committed preset changes; one failing subscriber does not stop the others.</summary>
public sealed class InProcessPresetChangeNotifier(ILogger<InProcessPresetChangeNotifier>? logger = null) : IPresetChangeNotifier
{
    private readonly ILogger _logger = logger ?? NullLogger<InProcessPresetChangeNotifier>.Instance;
    private ImmutableList<Func<IReadOnlyList<PresetChange>, Task>> _handlers = [];

    public Task PublishAsync(IReadOnlyList<PresetChange> changes)
    {
        var handlers = Volatile.Read(ref _handlers);
        return handlers.Count == 0 || changes.Count == 0 ? Task.CompletedTask : Task.WhenAll(handlers.Select(handler => CallAsync(handler, changes)));
    }

    public IDisposable Subscribe(Func<IReadOnlyList<PresetChange>, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ImmutableInterlocked.Update(ref _handlers, list => list.Add(handler));
        return new Subscription(this, handler);
    }

    private async Task CallAsync(Func<IReadOnlyList<PresetChange>, Task> handler, IReadOnlyList<PresetChange> changes)
    {
        try
        {
            await handler(changes);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "A subscriber failed to handle {Count} preset change(s), the first a {Kind} of preset {PresetId}.",
                changes.Count, changes[0].Kind, changes[0].PresetId);
        }
    }

    private sealed class Subscription(InProcessPresetChangeNotifier owner, Func<IReadOnlyList<PresetChange>, Task> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                ImmutableInterlocked.Update(ref owner._handlers, list => list.Remove(handler));
            }
        }
    }
}

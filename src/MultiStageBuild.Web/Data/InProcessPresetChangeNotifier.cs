using System.Collections.Immutable;
using Microsoft.Extensions.Logging.Abstractions;
using MultiStageBuild.Core.Presets;

namespace MultiStageBuild.Web.Data;

/// <summary>Tells subscribers in this process about committed preset changes; one failing subscriber does not stop the others.</summary>
public sealed class InProcessPresetChangeNotifier(ILogger<InProcessPresetChangeNotifier>? logger = null) : IPresetChangeNotifier
{
    private readonly ILogger _logger = logger ?? NullLogger<InProcessPresetChangeNotifier>.Instance;
    private ImmutableList<Func<PresetChange, Task>> _handlers = [];

    public Task PublishAsync(PresetChange change)
    {
        var handlers = Volatile.Read(ref _handlers);
        return handlers.Count == 0 ? Task.CompletedTask : Task.WhenAll(handlers.Select(handler => CallAsync(handler, change)));
    }

    public IDisposable Subscribe(Func<PresetChange, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ImmutableInterlocked.Update(ref _handlers, list => list.Add(handler));
        return new Subscription(this, handler);
    }

    private async Task CallAsync(Func<PresetChange, Task> handler, PresetChange change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "A subscriber failed to handle the {Kind} change of preset {PresetId}.", change.Kind, change.PresetId);
        }
    }

    private sealed class Subscription(InProcessPresetChangeNotifier owner, Func<PresetChange, Task> handler) : IDisposable
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

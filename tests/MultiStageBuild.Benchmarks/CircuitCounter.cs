using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MultiStageBuild.Benchmarks;

/// <summary>How many circuits the host has open, to check that the memory run really holds the circuits it says.</summary>
public sealed class CircuitCounter
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    /// <summary>The per-circuit handler that keeps the count.</summary>
    public sealed class Handler(CircuitCounter counter) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counter._open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref counter._open);
            return Task.CompletedTask;
        }
    }
}

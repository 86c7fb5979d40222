namespace MultiStageBuild.Data.Tests.Infrastructure;

/// <summary>A clock that moves one minute forward every time it is read, so every write has its own time.</summary>
public sealed class SteppingClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private long _ticks = Start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerMinute), TimeSpan.Zero);
}

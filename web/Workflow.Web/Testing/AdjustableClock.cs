namespace Workflow.Web.Testing;

/// <summary>
/// The system clock plus an offset that only moves forward. Integration tests drive the real host through a 7-day
/// 公示 or a 60-day 补正 deadline by moving it, instead of waiting; it exists only when
/// <c>Workflow:Testing:AdjustableClock</c> is true, which no shipped configuration sets.
/// </summary>
public sealed class AdjustableClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }
}

using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Legal clocks (办结时限) within one burst: a deadline per step and per case (in working days, calendar days or hours:
/// <see cref="ClockArithmetic"/>), paused time that does
/// not count, approved extensions, and yellow/red warnings on durable timers. Every change is an event. A struct over
/// the burst, so a command pays no allocation for it.
/// </summary>
internal readonly struct LegalClocks(Burst burst)
{
    public const string CaseClock = "case";

    private InstanceState State => burst.State;

    private IWorkingCalendar Calendar => burst.Calendar;

    public void Start(string clockId, string? taskId, int limit, TimeLimitUnit unit, string? divisionCode)
    {
        var due = ClockArithmetic.Due(Calendar, unit, burst.Now, limit, divisionCode);
        burst.Emit(new ClockStarted(clockId, taskId, limit, due, Calendar.Version, burst.Now, divisionCode) { Unit = unit });
        ScheduleWarnings(clockId, due, unit, limit);
    }

    public void Stop(string clockId)
    {
        if (State.ClocksMutable.ContainsKey(clockId))
        {
            CancelTimers(clockId);
            burst.Emit(new ClockStopped(clockId, burst.Now));
        }
    }

    public void StopAll()
    {
        foreach (var clockId in State.ClocksMutable.Keys.ToList())
        {
            Stop(clockId);
        }
    }

    public void Pause(string clockId, string reason, string actorId)
    {
        CancelTimers(clockId);
        burst.Emit(new ClockPaused(clockId, reason, actorId, burst.Now));
    }

    /// <summary>The time that was left when the clock paused (days, or exact hours) is counted again from now.</summary>
    public void Resume(string clockId, string actorId)
    {
        var clock = State.ClocksMutable[clockId];
        var due = ClockArithmetic.Resume(Calendar, clock.Unit, clock.PausedAt!.Value, clock.DueAt, burst.Now, clock.DivisionCode);
        burst.Emit(new ClockResumed(clockId, actorId, due, Calendar.Version, burst.Now));
        ScheduleWarnings(clockId, due, clock.Unit, clock.LimitWorkingDays);
    }

    /// <summary>Adds <paramref name="extra"/> of the clock's own unit (working days, calendar days or hours).</summary>
    public void Extend(string clockId, int extra, string approvedBy, string reason)
    {
        var clock = State.ClocksMutable[clockId];
        var due = ClockArithmetic.Extend(Calendar, clock.Unit, clock.DueAt, extra, clock.DivisionCode);
        var paused = clock.PausedAt is not null;
        if (!paused)
        {
            CancelTimers(clockId);
        }
        burst.Emit(new DeadlineExtended(clockId, extra, approvedBy, reason, due, burst.Now));
        if (!paused)
        {
            ScheduleWarnings(clockId, due, clock.Unit, clock.LimitWorkingDays);
        }
    }

    public void RaiseWarning(TimerState timer)
    {
        burst.Emit(new TimerFired(timer.TimerId, burst.Now));
        if (State.ClocksMutable.TryGetValue(timer.ClockId!, out var clock) && clock.PausedAt is null)
        {
            var rule = timer.Warning == ClockWarning.Red
                ? $"办理时限 {clock.Unit.Amount(clock.LimitWorkingDays)}已届满，红色预警"
                : ClockArithmetic.YellowRule(burst.Services.Options, clock.Unit, clock.LimitWorkingDays);
            burst.Emit(new ClockWarningRaised(clock.ClockId, timer.Warning!.Value, clock.DueAt, burst.Now) { Rule = rule });
        }
    }

    private void ScheduleWarnings(string clockId, DateTimeOffset due, TimeLimitUnit unit, int limit)
    {
        var yellow = ClockArithmetic.Yellow(Calendar, burst.Services.Options, unit, due, limit);
        if (yellow > burst.Now && yellow < due)
        {
            burst.Emit(new TimerScheduled("tm" + burst.NextSeq, null, yellow, clockId, ClockWarning.Yellow));
        }
        burst.Emit(new TimerScheduled("tm" + burst.NextSeq, null, due, clockId, ClockWarning.Red));
    }

    private void CancelTimers(string clockId)
    {
        if (State.TimersMutable.Count == 0)
        {
            return;
        }
        foreach (var timer in State.TimersMutable.Values.Where(t => t.ClockId == clockId).ToList())
        {
            burst.Emit(new TimerCancelled(timer.TimerId));
        }
    }
}

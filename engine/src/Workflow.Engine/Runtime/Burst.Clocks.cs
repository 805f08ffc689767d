using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Legal clocks (办结时限): a deadline in working days per step and per case, paused time that does not count,
/// approved extensions, and yellow/red warnings on durable timers. Every change is an event.
/// </summary>
internal sealed partial class Burst
{
    public const string CaseClock = "case";

    public void StartClock(string clockId, string? taskId, int limitWorkingDays, string? divisionCode)
    {
        var due = Services.Calendar.AddWorkingDays(Now, limitWorkingDays, divisionCode);
        Emit(new ClockStarted(clockId, taskId, limitWorkingDays, due, Services.Calendar.Version, Now, divisionCode));
        ScheduleWarnings(clockId, due);
    }

    public void StopClock(string clockId)
    {
        if (State.ClocksMutable.ContainsKey(clockId))
        {
            CancelClockTimers(clockId);
            Emit(new ClockStopped(clockId, Now));
        }
    }

    public void StopAllClocks()
    {
        foreach (var clockId in State.ClocksMutable.Keys.ToList())
        {
            StopClock(clockId);
        }
    }

    public void PauseClock(string clockId, string reason, string actorId)
    {
        CancelClockTimers(clockId);
        Emit(new ClockPaused(clockId, reason, actorId, Now));
    }

    /// <summary>The working days that were left when the clock paused are counted again from now.</summary>
    public void ResumeClock(string clockId, string actorId)
    {
        var clock = State.ClocksMutable[clockId];
        var left = Services.Calendar.WorkingDaysBetween(clock.PausedAt!.Value, clock.DueAt);
        var due = Services.Calendar.AddWorkingDays(Now, left, clock.DivisionCode);
        Emit(new ClockResumed(clockId, actorId, due, Services.Calendar.Version, Now));
        ScheduleWarnings(clockId, due);
    }

    public void ExtendClock(string clockId, int extraWorkingDays, string approvedBy, string reason)
    {
        var clock = State.ClocksMutable[clockId];
        // The deadline is 24:00 of its last day; counting on from that day, not the next.
        var due = Services.Calendar.AddWorkingDays(clock.DueAt.AddTicks(-1), extraWorkingDays, clock.DivisionCode);
        var paused = clock.PausedAt is not null;
        if (!paused)
        {
            CancelClockTimers(clockId);
        }
        Emit(new DeadlineExtended(clockId, extraWorkingDays, approvedBy, reason, due, Now));
        if (!paused)
        {
            ScheduleWarnings(clockId, due);
        }
    }

    public void RaiseWarning(TimerState timer)
    {
        Emit(new TimerFired(timer.TimerId, Now));
        if (State.ClocksMutable.TryGetValue(timer.ClockId!, out var clock) && clock.PausedAt is null)
        {
            var rule = timer.Warning == ClockWarning.Red
                ? $"办理时限 {clock.LimitWorkingDays} 个工作日已届满，红色预警"
                : $"距办理时限不足 {Services.Options.YellowWarningWorkingDays} 个工作日，黄色预警";
            Emit(new ClockWarningRaised(clock.ClockId, timer.Warning!.Value, clock.DueAt, Now) { Rule = rule });
        }
    }

    private void ScheduleWarnings(string clockId, DateTimeOffset due)
    {
        var yellow = WorkingDaysBefore(due, Services.Options.YellowWarningWorkingDays);
        if (yellow > Now && yellow < due)
        {
            Emit(new TimerScheduled("tm" + NextSeq, null, yellow, clockId, ClockWarning.Yellow));
        }
        Emit(new TimerScheduled("tm" + NextSeq, null, due, clockId, ClockWarning.Red));
    }

    private void CancelClockTimers(string clockId)
    {
        if (State.TimersMutable.Count == 0)
        {
            return;
        }
        foreach (var timer in State.TimersMutable.Values.Where(t => t.ClockId == clockId).ToList())
        {
            Emit(new TimerCancelled(timer.TimerId));
        }
    }

    /// <summary>The end of the working day that lies <paramref name="workingDays"/> working days before the deadline's day.</summary>
    private DateTimeOffset WorkingDaysBefore(DateTimeOffset due, int workingDays)
    {
        var day = ChinaTime.DayOf(due.AddTicks(-1));
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(-1);
            if (Services.Calendar.IsWorkingDay(day))
            {
                left--;
            }
        }
        return ChinaTime.EndOf(day);
    }
}

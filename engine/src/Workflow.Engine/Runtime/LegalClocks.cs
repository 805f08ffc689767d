using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Legal clocks (办结时限) within one burst: a deadline in working days per step and per case, paused time that does
/// not count, approved extensions, and yellow/red warnings on durable timers. Every change is an event. A struct over
/// the burst, so a command pays no allocation for it.
/// </summary>
internal readonly struct LegalClocks(Burst burst)
{
    public const string CaseClock = "case";

    private InstanceState State => burst.State;

    private IWorkingCalendar Calendar => burst.Calendar;

    public void Start(string clockId, string? taskId, int limitWorkingDays, string? divisionCode)
    {
        var due = Calendar.AddWorkingDays(burst.Now, limitWorkingDays, divisionCode);
        burst.Emit(new ClockStarted(clockId, taskId, limitWorkingDays, due, Calendar.Version, burst.Now, divisionCode));
        ScheduleWarnings(clockId, due);
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

    /// <summary>The working days that were left when the clock paused are counted again from now.</summary>
    public void Resume(string clockId, string actorId)
    {
        var clock = State.ClocksMutable[clockId];
        var left = Calendar.WorkingDaysBetween(clock.PausedAt!.Value, clock.DueAt);
        var due = Calendar.AddWorkingDays(burst.Now, left, clock.DivisionCode);
        burst.Emit(new ClockResumed(clockId, actorId, due, Calendar.Version, burst.Now));
        ScheduleWarnings(clockId, due);
    }

    public void Extend(string clockId, int extraWorkingDays, string approvedBy, string reason)
    {
        var clock = State.ClocksMutable[clockId];
        // The deadline is 24:00 of its last day; counting on from that day, not the next.
        var due = Calendar.AddWorkingDays(clock.DueAt.AddTicks(-1), extraWorkingDays, clock.DivisionCode);
        var paused = clock.PausedAt is not null;
        if (!paused)
        {
            CancelTimers(clockId);
        }
        burst.Emit(new DeadlineExtended(clockId, extraWorkingDays, approvedBy, reason, due, burst.Now));
        if (!paused)
        {
            ScheduleWarnings(clockId, due);
        }
    }

    public void RaiseWarning(TimerState timer)
    {
        burst.Emit(new TimerFired(timer.TimerId, burst.Now));
        if (State.ClocksMutable.TryGetValue(timer.ClockId!, out var clock) && clock.PausedAt is null)
        {
            var rule = timer.Warning == ClockWarning.Red
                ? $"办理时限 {clock.LimitWorkingDays} 个工作日已届满，红色预警"
                : $"距办理时限不足 {burst.Services.Options.YellowWarningWorkingDays} 个工作日，黄色预警";
            burst.Emit(new ClockWarningRaised(clock.ClockId, timer.Warning!.Value, clock.DueAt, burst.Now) { Rule = rule });
        }
    }

    private void ScheduleWarnings(string clockId, DateTimeOffset due)
    {
        var yellow = WorkingDaysBefore(due, burst.Services.Options.YellowWarningWorkingDays);
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

    /// <summary>The end of the working day that lies <paramref name="workingDays"/> working days before the deadline's day.</summary>
    private DateTimeOffset WorkingDaysBefore(DateTimeOffset due, int workingDays)
    {
        var day = ChinaTime.DayOf(due.AddTicks(-1));
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(-1);
            if (Calendar.IsWorkingDay(day))
            {
                left--;
            }
        }
        return ChinaTime.EndOf(day);
    }
}

using System.Globalization;
using Workflow.Engine.Calendar;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// Issue 11: a step's <c>timeLimit</c> counted in working days (the default), calendar days or hours, with yellow and
/// red warnings, pauses and extensions in the clock's own unit.
/// </summary>
public sealed class TimeLimitUnitTests
{
    /// <summary>Whoever keeps the clocks here: the host's authority under a person's id (the rule itself is tested below).</summary>
    private static Actor Keeper(string id) => Actor.System with { Id = id };

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    private static DateTimeOffset EndOf(int month, int day) => new DateTimeOffset(2026, month, day, 0, 0, 0, China).AddDays(1);

    internal static string OneTask(int limit, string? unit) => D.Flowchart(
        $"""
        {D.Activity("t", "Gov.ApprovalTask", D.Object("candidate", """{"post":"民政办","level":"township"}""") + "," + D.Literal("timeLimit", limit)
            + (unit is null ? "" : "," + D.Literal("timeLimitUnit", unit)))},
        {D.Activity("w", "Elsa.WriteLine", D.Literal("text", "办结"))}
        """,
        D.Connect("t", "w", "approve"));

    private static async Task<(Harness Harness, string TaskId)> OpenedAt(string start, int limit, string? unit, Ports.IWorkingCalendar? calendar = null)
    {
        var harness = new Harness(calendar: calendar);
        harness.Time.Advance(At(start) - harness.Time.GetUtcNow());
        var view = await harness.Start(harness.Publish(OneTask(limit, unit)), input: new() { ["divisionCode"] = "500113102001" });
        return (harness, view.Tasks.Keys.Single());
    }

    private static List<State.TimerState> ClockTimers(Harness h, State.IInstanceView view, string taskId) =>
        [.. view.Timers.Values.Where(t => t.ClockId == taskId).OrderBy(t => t.DueAt)];

    [Theory]
    [InlineData(null, 3, "2026-05-08")] // 劳动节 1–5 May is off: Wed 6, Thu 7, Fri 8
    [InlineData("workingDays", 3, "2026-05-08")]
    [InlineData("calendarDays", 3, "2026-05-03")] // the holiday counts: Fri 1, Sat 2, Sun 3
    public async Task DueAt_AcrossTheLabourDayHoliday_CountsWorkingOrCalendarDays(string? unit, int limit, string dueDay)
    {
        var (h, taskId) = await OpenedAt("2026-04-30T09:00:00+08:00", limit, unit, HolidayCalendar.Shipped);

        var view = await h.View();
        var day = DateOnly.ParseExact(dueDay, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), China), view.Clocks[taskId].DueAt);
        Assert.Equal(view.Clocks[taskId].DueAt, view.Tasks[taskId].DueAt);
        Assert.Equal(TimeLimitUnits.Parse(unit ?? "workingDays"), view.Clocks[taskId].Unit);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task CalendarDays_AcrossAWeekend_EndAtMidnightChinaTime_WarnYellowTwoDaysBefore()
    {
        var (h, taskId) = await OpenedAt("2026-03-06T09:00:00+08:00", 3, "calendarDays"); // Friday

        var view = await h.View();
        Assert.Equal(EndOf(3, 9), view.Clocks[taskId].DueAt); // Sat, Sun, Mon
        var timers = ClockTimers(h, view, taskId);
        Assert.Equal([EndOf(3, 7), EndOf(3, 9)], timers.Select(t => t.DueAt));

        h.Time.Advance(EndOf(3, 7) - h.Time.GetUtcNow());
        var yellow = await h.Run(new FireTimer("case-1", timers[0].TimerId));
        Assert.Equal("距办理时限不足 2 个自然日，黄色预警", Assert.Single(yellow.Events.OfType<ClockWarningRaised>()).Rule);
        h.Time.Advance(TimeSpan.FromDays(2));
        var red = await h.Run(new FireTimer("case-1", timers[1].TimerId));
        Assert.Equal("办理时限 3 个自然日已届满，红色预警", Assert.Single(red.Events.OfType<ClockWarningRaised>()).Rule);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Hours_AcrossMidnight_AreExact_YellowWhenAQuarterRemains_ThenRed()
    {
        var (h, taskId) = await OpenedAt("2026-03-02T20:30:00+08:00", 8, "hours");

        var view = await h.View();
        Assert.Equal(At("2026-03-03T04:30:00+08:00"), view.Clocks[taskId].DueAt);
        var timers = ClockTimers(h, view, taskId);
        Assert.Equal([At("2026-03-03T02:30:00+08:00"), At("2026-03-03T04:30:00+08:00")], timers.Select(t => t.DueAt));

        h.Time.Advance(TimeSpan.FromHours(6));
        var yellow = await h.Run(new FireTimer("case-1", timers[0].TimerId));
        var warning = Assert.Single(yellow.Events.OfType<ClockWarningRaised>());
        Assert.Equal((ClockWarning.Yellow, "距办理时限不足 2 小时，黄色预警"), (warning.Level, warning.Rule));
        h.Time.Advance(TimeSpan.FromHours(2));
        var red = await h.Run(new FireTimer("case-1", timers[1].TimerId));
        Assert.Equal("办理时限 8 小时已届满，红色预警", Assert.Single(red.Events.OfType<ClockWarningRaised>()).Rule);
        Assert.Equal(ClockWarning.Red, red.Instance!.Clocks[taskId].Warning);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Hours_YellowShare_IsAnEngineOption()
    {
        var harness = new Harness(new EngineOptions { YellowWarningHoursShare = 0.5 });
        var view = await harness.Start(harness.Publish(OneTask(24, "hours")), input: new() { ["divisionCode"] = "500113102001" });

        var taskId = view.Tasks.Keys.Single();
        Assert.Equal(harness.Time.GetUtcNow().AddHours(12), ClockTimers(harness, view, taskId)[0].DueAt);
    }

    [Fact]
    public async Task Hours_PauseAndResume_KeepTheExactTimeLeft()
    {
        var (h, taskId) = await OpenedAt("2026-03-02T20:00:00+08:00", 8, "hours");
        h.Time.Advance(TimeSpan.FromHours(3)); // 5 hours left

        Assert.True((await h.Run(new PauseClock("case-1", taskId, "补正材料", Keeper("window")))).IsAccepted);
        h.Time.Advance(TimeSpan.FromHours(10));
        var resumed = await h.Run(new ResumeClock("case-1", taskId, Keeper("window")));

        Assert.Equal(At("2026-03-03T14:00:00+08:00"), Assert.Single(resumed.Events.OfType<ClockResumed>()).NewDueAt);
        Assert.Equal([At("2026-03-03T12:00:00+08:00"), At("2026-03-03T14:00:00+08:00")],
            ClockTimers(h, resumed.Instance!, taskId).Select(t => t.DueAt));
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task CalendarDays_PauseAndResume_CountTheDaysLeftFromToday()
    {
        var (h, taskId) = await OpenedAt("2026-03-02T09:00:00+08:00", 5, "calendarDays"); // due end of Sat 7
        h.Time.Advance(TimeSpan.FromDays(1)); // Tuesday: 4 days left

        Assert.True((await h.Run(new PauseClock("case-1", taskId, "补正材料", Keeper("window")))).IsAccepted);
        h.Time.Advance(TimeSpan.FromDays(3)); // Friday
        var resumed = await h.Run(new ResumeClock("case-1", taskId, Keeper("window")));

        Assert.Equal(EndOf(3, 10), Assert.Single(resumed.Events.OfType<ClockResumed>()).NewDueAt);
        await h.AssertReplayMatches();
    }

    [Theory]
    [InlineData("hours", 8, 4, "2026-03-02T21:00:00+08:00", 12)]
    [InlineData("calendarDays", 5, 2, "2026-03-10T00:00:00+08:00", 7)] // Sat 7 + Sun, Mon
    [InlineData("workingDays", 5, 2, "2026-03-12T00:00:00+08:00", 7)] // Mon 9 + Tue, Wed
    public async Task Extension_CountsInTheClocksUnit(string unit, int limit, int extra, string newDue, int newLimit)
    {
        var (h, taskId) = await OpenedAt("2026-03-02T09:00:00+08:00", limit, unit);

        var extended = await h.Run(new ExtendDeadline("case-1", taskId, extra, Keeper("director"), "需要跨省核对"));

        Assert.True(extended.IsAccepted, extended.Rejection?.ToString());
        Assert.Equal(At(newDue), Assert.Single(extended.Events.OfType<DeadlineExtended>()).NewDueAt);
        Assert.Equal(newLimit, extended.Instance!.Clocks[taskId].LimitWorkingDays);
        Assert.Equal(At(newDue), extended.Instance.Tasks[taskId].DueAt);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Extension_InHours_AllowsMoreThanSixty()
    {
        var (h, taskId) = await OpenedAt("2026-03-02T09:00:00+08:00", 8, "hours");

        Assert.True((await h.Run(new ExtendDeadline("case-1", taskId, 72, Keeper("director"), "跨省核对"))).IsAccepted);
        var tooMuch = await h.Run(new ExtendDeadline("case-1", taskId, 2000, Keeper("director"), "跨省核对"));
        Assert.Equal("extraWorkingDays", tooMuch.Rejection!.Field);
    }
}

using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// 办结时限: step and case clocks in working days, pauses that do not count, approved extensions, yellow and red
/// warnings on durable timers. The harness starts on Monday 2026-03-02 09:00 China time, on the weekends-only calendar.
/// </summary>
public sealed class LegalClockTests
{
    /// <summary>Whoever keeps the clocks here: the host's authority under a person's id (the rule itself is tested below).</summary>
    private static Actor Keeper(string id) => Actor.System with { Id = id };

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset EndOf(int month, int day) => new DateTimeOffset(2026, month, day, 0, 0, 0, China).AddDays(1);

    private static string OneTask(string caseLimit = "") => D.Flowchart(
        $"""
        {D.Activity("t", "Gov.ApprovalTask", D.Object("candidate", """{"post":"民政办","level":"township"}""") + "," + D.Literal("timeLimit", "5", "Int32"))},
        {D.Activity("notice", "Gov.PublicNotice", D.Literal("days", "7", "Int32"))},
        {D.Activity("w", "Elsa.WriteLine", D.Literal("text", "办结"))}
        """,
        $"{D.Connect("t", "notice", "approve")}, {D.Connect("notice", "w")}").Replace("\"version\": 1,\n", $"\"version\": 1, {caseLimit}\n", StringComparison.Ordinal);

    private static async Task<(Harness Harness, string TaskId)> Opened(string caseLimit = "")
    {
        var harness = new Harness();
        var view = await harness.Start(harness.Publish(OneTask(caseLimit)), input: new() { ["divisionCode"] = "500113102001" });
        return (harness, view.Tasks.Keys.Single());
    }

    [Fact]
    public async Task StepClock_TurnsYellowThenRed_OnDurableTimers()
    {
        var (harness, taskId) = await Opened();
        var clock = (await harness.View()).Clocks[taskId];
        Assert.Equal(EndOf(3, 9), clock.DueAt);
        Assert.Equal("weekends-only", clock.CalendarVersion);
        Assert.Equal(EndOf(3, 9), (await harness.View()).Tasks[taskId].DueAt);

        var timers = (await harness.View()).Timers.Values.Where(t => t.ClockId == taskId).OrderBy(t => t.DueAt).ToList();
        Assert.Equal([EndOf(3, 5), EndOf(3, 9)], timers.Select(t => t.DueAt));

        harness.Time.Advance(EndOf(3, 5) - harness.Time.GetUtcNow());
        var yellow = await harness.Run(new FireTimer("case-1", timers[0].TimerId));
        Assert.Equal(ClockWarning.Yellow, Assert.Single(yellow.Events.OfType<ClockWarningRaised>()).Level);

        harness.Time.Advance(TimeSpan.FromDays(4));
        var red = await harness.Run(new FireTimer("case-1", timers[1].TimerId));
        Assert.Equal(ClockWarning.Red, Assert.Single(red.Events.OfType<ClockWarningRaised>()).Level);
        Assert.Equal(ClockWarning.Red, red.Instance!.Clocks[taskId].Warning);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Pause_ForSupplementaryMaterial_DoesNotCount()
    {
        var (harness, taskId) = await Opened();
        harness.Time.Advance(TimeSpan.FromDays(1)); // Tuesday: Wed, Thu, Fri, Mon are left

        var paused = await harness.Run(new PauseClock("case-1", taskId, "补正材料", Keeper("window")));
        Assert.True(paused.IsAccepted);
        Assert.Equal(2, paused.Events.OfType<TimerCancelled>().Count());
        Assert.DoesNotContain(paused.Instance!.Timers.Values, t => t.ClockId == taskId);

        harness.Time.Advance(TimeSpan.FromDays(6)); // the material arrives the next Monday
        var resumed = await harness.Run(new ResumeClock("case-1", taskId, Keeper("window")));

        Assert.Equal(EndOf(3, 13), Assert.Single(resumed.Events.OfType<ClockResumed>()).NewDueAt);
        Assert.Equal(EndOf(3, 13), resumed.Instance!.Tasks[taskId].DueAt);
        Assert.Equal(2, resumed.Instance.Timers.Values.Count(t => t.ClockId == taskId));
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Extension_MovesDeadlineByWorkingDays_AndIsRecordedWithApprover()
    {
        var (harness, taskId) = await Opened();

        var extended = await harness.Run(new ExtendDeadline("case-1", taskId, 3, Keeper("director"), "需要跨省核对"));

        var e = Assert.Single(extended.Events.OfType<DeadlineExtended>());
        Assert.Equal(EndOf(3, 12), e.NewDueAt);
        Assert.Equal("director", e.ApprovedBy);
        Assert.Equal(8, extended.Instance!.Clocks[taskId].LimitWorkingDays);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task ClockCommands_BadInput_AreRejectedNamingTheField()
    {
        var (harness, taskId) = await Opened();

        var reason = await harness.Run(new PauseClock("case-1", taskId, "喝茶", Keeper("x")));
        Assert.Equal("reason", reason.Rejection!.Field);
        var notPaused = await harness.Run(new ResumeClock("case-1", taskId, Keeper("x")));
        Assert.Equal(RejectionType.InvalidState, notPaused.Rejection!.Type);
        var noClock = await harness.Run(new PauseClock("case-1", "case", "核对", Keeper("x")));
        Assert.Equal(RejectionType.NotFound, noClock.Rejection!.Type);
        var days = await harness.Run(new ExtendDeadline("case-1", taskId, 0, Keeper("x"), "理由"));
        Assert.Equal("extraWorkingDays", days.Rejection!.Field);
        Assert.True((await harness.Run(new PauseClock("case-1", taskId, "核对", Keeper("x")))).IsAccepted);
        var twice = await harness.Run(new PauseClock("case-1", taskId, "核对", Keeper("x")));
        Assert.Equal(RejectionType.InvalidState, twice.Rejection!.Type);
    }

    [Fact]
    public async Task ClockCommands_BySomeoneWhoCannotActOnTheStep_AreForbidden()
    {
        var (harness, taskId) = await Opened();
        var outsider = Actor.User("outsider", ["村协理员"], ["500113102001"]);

        var pause = await harness.Run(new PauseClock("case-1", taskId, "核对", outsider));
        var extend = await harness.Run(new ExtendDeadline("case-1", taskId, 3, outsider, "需要跨省核对"));

        Assert.Equal(RejectionType.Forbidden, pause.Rejection!.Type);
        Assert.Equal(RejectionType.Forbidden, extend.Rejection!.Type);
        Assert.True((await harness.Run(new PauseClock("case-1", taskId, "核对", Keeper("zhangwei")))).IsAccepted);
        Assert.Equal(RejectionType.Forbidden, (await harness.Run(new ResumeClock("case-1", taskId, outsider))).Rejection!.Type);
    }

    [Fact]
    public async Task CaseClock_PausesDuringPublicNotice_AndStopsWhenCaseEnds()
    {
        var (harness, taskId) = await Opened("\"customProperties\": { \"caseTimeLimit\": 30 },");
        var caseClock = (await harness.View()).Clocks["case"];
        Assert.Equal(30, caseClock.LimitWorkingDays);

        var decided = await harness.Run(new RecordDecision("case-1", taskId, Actor.System, "approve", null));
        Assert.Contains(decided.Events.OfType<ClockStopped>(), c => c.ClockId == taskId);
        Assert.Equal("公示", Assert.Single(decided.Events.OfType<ClockPaused>()).Reason);
        var due = decided.Instance!.Clocks["case"].DueAt;

        harness.Time.Advance(TimeSpan.FromDays(7));
        var notice = decided.Instance.Timers.Values.Single(t => t.BookmarkId is not null);
        var finished = await harness.Run(new FireTimer("case-1", notice.TimerId));

        var resumed = Assert.Single(finished.Events.OfType<ClockResumed>());
        Assert.Equal(due.AddDays(7), resumed.NewDueAt); // a full week paused: five working days, two weekend days
        Assert.Contains(finished.Events.OfType<ClockStopped>(), c => c.ClockId == "case");
        Assert.Empty(finished.Instance!.Clocks);
        Assert.Empty(finished.Instance.Timers);
        Assert.Equal(["办结"], finished.Instance.Lines);
        await harness.AssertReplayMatches();
    }
}

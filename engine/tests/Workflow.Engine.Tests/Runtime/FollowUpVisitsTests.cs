using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Serialization;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Runtime.Operations;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>
/// Issue 11, <c>Gov.FollowUpVisits</c>: a durable repeating timer that opens a visit task every N calendar days, N
/// times, and completes on Done when every visit is recorded.
/// </summary>
public sealed class FollowUpVisitsTests
{
    private static readonly Actor Director = Actor.User("wang", ["儿童主任"], [Flows.Village]);

    internal static string Visits(int everyDays = 30, int times = 3, string limit = "") => D.Flowchart(
        $"""
        {D.Activity("v", "Gov.FollowUpVisits", D.Literal("title", "监护随访") + "," + D.Object("candidate", """{"post":"儿童主任","level":"village"}""")
            + "," + D.Literal("everyDays", everyDays) + "," + D.Literal("times", times) + limit)},
        {D.Activity("done", "Elsa.WriteLine", D.Literal("text", "随访结束"))}
        """,
        D.Connect("v", "done"));

    private static async Task<Harness> Started(string definition)
    {
        var harness = new Harness(assignments: new FakeOrganisation().With("儿童主任", Flows.Village, "wang"));
        await harness.Start(harness.Publish(definition), input: Flows.Input());
        return harness;
    }

    private static TimerState VisitTimer(IInstanceView view) => Assert.Single(view.Timers.Values, t => t.BookmarkId is not null);

    [Fact]
    public async Task FollowUpVisits_ThreeVisitsOnFakeTime_OpenOneTaskEachAndCompleteOnDone()
    {
        var h = await Started(Visits());
        var start = h.Time.GetUtcNow();
        Assert.Equal(start.AddDays(30), VisitTimer(await h.View()).DueAt);
        Assert.Empty((await h.View()).Tasks);

        for (var visit = 1; visit <= 3; visit++)
        {
            var timer = VisitTimer(await h.View());
            h.Time.Advance(timer.DueAt - h.Time.GetUtcNow());
            var fired = await h.Run(new FireTimer("case-1", timer.TimerId));
            Assert.True(fired.IsAccepted, fired.Rejection?.ToString());
            var opened = Assert.Single(fired.Events.OfType<TaskOpened>());
            Assert.Equal($"监护随访（第 {visit}/3 次）", opened.Title);
            Assert.Equal(["visited"], opened.Outcomes);
            Assert.Equal(["wang"], opened.Candidates.Select(c => c.UserId));
            Assert.Equal(Flows.Village, opened.Assignee.DivisionCode);
            var next = fired.Instance!.Timers.Values.Where(t => t.BookmarkId is not null).Select(t => t.DueAt);
            Assert.Equal(visit < 3 ? [start.AddDays(30 * (visit + 1))] : [], next);
            await h.AssertReplayMatches();

            h.Time.Advance(TimeSpan.FromDays(2));
            var recorded = await h.Run(new RecordDecision("case-1", opened.TaskId, Director, "visited", "儿童状况良好"));
            Assert.True(recorded.IsAccepted, recorded.Rejection?.ToString());
            Assert.Equal(visit, Assert.Single(recorded.Events.OfType<FollowUpVisited>()).Visits);
            Assert.Equal(visit == 3, recorded.Instance!.IsFinished);
        }

        var view = await h.View();
        Assert.Equal(["随访结束"], view.Lines);
        Assert.Equal(3, view.Tasks.Values.Count(t => t.Outcome == "visited"));
        Assert.Empty(view.Timers);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task FollowUpVisits_VisitRecordedLate_KeepsTheCadenceAndWaitsForEveryVisit()
    {
        var h = await Started(Visits(everyDays: 7, times: 2));
        var first = VisitTimer(await h.View());
        h.Time.Advance(TimeSpan.FromDays(7));
        var one = Assert.Single((await h.Run(new FireTimer("case-1", first.TimerId))).Events.OfType<TaskOpened>());

        // Nobody visits for another week: the second visit still opens on schedule, beside the first.
        var second = VisitTimer(await h.View());
        Assert.Equal(first.DueAt.AddDays(7), second.DueAt);
        h.Time.Advance(TimeSpan.FromDays(7));
        var two = Assert.Single((await h.Run(new FireTimer("case-1", second.TimerId))).Events.OfType<TaskOpened>());

        Assert.False((await h.Run(new RecordDecision("case-1", two.TaskId, Director, "visited", null))).Instance!.IsFinished);
        Assert.True((await h.Run(new RecordDecision("case-1", one.TaskId, Director, "visited", null))).Instance!.IsFinished);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task FollowUpVisits_WithAnHourLimit_GiveEachVisitAnHourClock()
    {
        var h = await Started(Visits(limit: "," + D.Literal("timeLimit", 48) + "," + D.Literal("timeLimitUnit", "hours")));
        h.Time.Advance(TimeSpan.FromDays(30));

        var fired = await h.Run(new FireTimer("case-1", VisitTimer(await h.View()).TimerId));

        var task = Assert.Single(fired.Instance!.Tasks.Values);
        var clock = fired.Instance.Clocks[task.TaskId];
        Assert.Equal((TimeLimitUnit.Hours, h.Time.GetUtcNow().AddHours(48)), (clock.Unit, clock.DueAt));
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task CancelInstance_DuringFollowUps_ClearsTheirTimers()
    {
        var h = await Started(Visits());
        h.Time.Advance(TimeSpan.FromDays(30));
        await h.Run(new FireTimer("case-1", VisitTimer(await h.View()).TimerId));
        Assert.NotEmpty((await h.View()).Timers);

        var ended = await h.Run(new CancelInstance("case-1", Actor.System, CaseEndKind.Terminated, "监护关系恢复，终止随访"));

        Assert.True(ended.IsAccepted, ended.Rejection?.ToString());
        Assert.Empty(ended.Instance!.Timers);
        Assert.All(ended.Instance.Tasks.Values, t => Assert.Equal(TaskLifecycle.Cancelled, t.Status));
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Snapshot_WithAFollowUpSchedule_RoundTripsIt()
    {
        var h = await Started(Visits());

        var json = InstanceSnapshot.ToJson(await h.View());

        Assert.Contains("\"followUps\"", json, StringComparison.Ordinal);
        var schedule = Assert.Single(InstanceSnapshot.FromJson(json).Scopes.Values.SelectMany(s => s.FollowUps.Values));
        Assert.Equal(new FollowUpState(3, 1, 0, h.Time.GetUtcNow().AddDays(30)), schedule);
        await h.AssertReplayMatches();
    }

    [Theory]
    [InlineData("""{"post":"儿童主任","level":"village"}""", null, 3, "everyDays")]
    [InlineData("""{"post":"儿童主任","level":"village"}""", 7, 0, "times")]
    [InlineData("""{"level":"village"}""", 7, 3, "candidate.post")]
    public void Validation_MissingOrBadInputs_AreRefused(string candidate, int? everyDays, int times, string field)
    {
        var json = D.Flowchart(
            D.Activity("v", "Gov.FollowUpVisits", D.Object("candidate", candidate) + "," + D.Literal("times", times)
                + (everyDays is { } d ? "," + D.Literal("everyDays", d) : "")),
            "");

        var read = DefinitionReader.Read(json);

        Assert.False(read.IsValid);
        Assert.Contains(read.Errors, e => e.Path.EndsWith(field, StringComparison.Ordinal));
    }
}

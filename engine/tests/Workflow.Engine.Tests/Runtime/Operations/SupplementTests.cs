using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>补正: one notice listing everything missing, clocks paused, and a case that closes itself if nothing comes.</summary>
public sealed class SupplementTests
{
    private static readonly Actor Officer = Actor.User("li", ["民政办"], [Flows.Township]);

    private static Task<(Harness Harness, string TaskId)> Opened() =>
        Flows.OpenedAsync(Flows.OneStep());

    [Fact]
    public async Task Request_PausesCaseAndStepClocks_AndSchedulesTheAutoClose()
    {
        var (h, taskId) = await Opened();
        var requested = await h.Run(new RequestSupplement("case-1", taskId, Officer, ["户口簿", "收入证明"], 15));
        Assert.True(requested.IsAccepted, requested.Rejection?.ToString());

        var notice = Assert.Single(requested.Events.OfType<SupplementRequested>());
        Assert.Equal(["户口簿", "收入证明"], notice.Missing);
        Assert.Equal(DateTimeOffset.Parse("2026-03-18T00:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture), notice.AutoCloseAt);
        var view = requested.Instance!;
        Assert.Equal("补正材料", view.Clocks["case"].PauseReason);
        Assert.Equal("补正材料", view.Clocks[taskId].PauseReason);
        var timer = Assert.Single(view.Timers.Values);
        Assert.Equal((taskId, notice.TimerId, notice.AutoCloseAt), (timer.TaskId, timer.TimerId, timer.DueAt));
        Assert.NotNull(view.Tasks[taskId].Supplement);

        var decide = await h.Run(new RecordDecision("case-1", taskId, Officer, "approve", null));
        Assert.Equal(RejectionType.InvalidState, decide.Rejection!.Type);
        Assert.Contains("等待补正", decide.Rejection.Message);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Supply_CancelsTheTimer_ResumesClocks_TaskStaysOpenForItsDecider()
    {
        var (h, taskId) = await Opened();
        var requested = await h.Run(new RequestSupplement("case-1", taskId, Officer, ["户口簿"], 15));
        var timerId = Assert.Single(requested.Events.OfType<SupplementRequested>()).TimerId;
        h.Time.Advance(TimeSpan.FromDays(3));

        var supplied = await h.Run(new SupplySupplement("case-1", taskId, Officer, ["户口簿"]));
        Assert.True(supplied.IsAccepted, supplied.Rejection?.ToString());
        Assert.Contains(supplied.Events.OfType<TimerCancelled>(), t => t.TimerId == timerId);
        Assert.Equal(2, supplied.Events.OfType<ClockResumed>().Count());
        var view = supplied.Instance!;
        Assert.Null(view.Tasks[taskId].Supplement);
        Assert.Equal(TaskLifecycle.Open, view.Tasks[taskId].Status);
        Assert.Null(view.Clocks["case"].PausedAt);

        h.Time.Advance(TimeSpan.FromDays(20));
        var stale = await h.Run(new FireTimer("case-1", timerId));
        Assert.Equal(RejectionType.InvalidState, stale.Rejection!.Type);
        Assert.True((await h.Run(new RecordDecision("case-1", taskId, Officer, "approve", null))).IsAccepted);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task TimerFiresFirst_CaseClosesForMissingMaterial_NamingTheRule()
    {
        var (h, taskId) = await Opened();
        var requested = await h.Run(new RequestSupplement("case-1", taskId, Officer, ["户口簿"], 15));
        var timerId = Assert.Single(requested.Events.OfType<SupplementRequested>()).TimerId;
        h.Time.Advance(TimeSpan.FromDays(16));

        var fired = await h.Run(new FireTimer("case-1", timerId));
        Assert.True(fired.IsAccepted, fired.Rejection?.ToString());
        var finished = Assert.Single(fired.Events.OfType<InstanceFinished>());
        Assert.Equal(WorkflowSubStatus.ClosedForMissingMaterial, finished.SubStatus);
        Assert.Equal("补正期限 15 天届满未补齐，自动结案", finished.Rule);
        var view = fired.Instance!;
        Assert.True(view.IsFinished);
        Assert.Equal(TaskLifecycle.Cancelled, view.Tasks[taskId].Status);
        Assert.Empty(view.Timers);
        Assert.Empty(view.Clocks);
        Assert.Empty(view.Bookmarks);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task RequestAndSupply_InvalidOrRepeated_AreRejected()
    {
        var (h, taskId) = await Opened();
        var none = await h.Run(new RequestSupplement("case-1", taskId, Officer, [], 15));
        Assert.Equal(("missing", RejectionType.InvalidInput), (none.Rejection!.Field, none.Rejection.Type));
        var blank = await h.Run(new RequestSupplement("case-1", taskId, Officer, ["户口簿", " "], 15));
        Assert.Equal("missing", blank.Rejection!.Field);
        var days = await h.Run(new RequestSupplement("case-1", taskId, Officer, ["户口簿"], 0));
        Assert.Equal("autoCloseDays", days.Rejection!.Field);
        var outsider = await h.Run(new RequestSupplement("case-1", taskId, Actor.User("x"), ["户口簿"], 15));
        Assert.Equal(RejectionType.Forbidden, outsider.Rejection!.Type);
        var nothingToSupply = await h.Run(new SupplySupplement("case-1", taskId, Officer, ["户口簿"]));
        Assert.Equal(RejectionType.InvalidState, nothingToSupply.Rejection!.Type);

        Assert.True((await h.Run(new RequestSupplement("case-1", taskId, Officer, ["户口簿"], 15))).IsAccepted);
        var twice = await h.Run(new RequestSupplement("case-1", taskId, Officer, ["收入证明"], 15));
        Assert.Equal(RejectionType.InvalidState, twice.Rejection!.Type);
        var emptySupply = await h.Run(new SupplySupplement("case-1", taskId, Officer, []));
        Assert.Equal("supplied", emptySupply.Rejection!.Field);
        var stranger = await h.Run(new SupplySupplement("case-1", taskId, Actor.User("stranger"), ["户口簿"]));
        Assert.Equal(RejectionType.Forbidden, stranger.Rejection!.Type);
    }
}

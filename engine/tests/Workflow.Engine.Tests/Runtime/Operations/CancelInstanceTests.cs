using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>撤销 and 终止: a case ended by hand stops everything and records who and why.</summary>
public sealed class CancelInstanceTests
{
    private static Task<(Harness Harness, string TaskId)> Opened() =>
        Flows.OpenedAsync(Flows.OneStep());

    [Fact]
    public async Task Withdrawn_CancelsTasksTimersAndClocks()
    {
        var (h, taskId) = await Opened();
        Assert.True((await h.Run(new RequestSupplement("case-1", taskId, Actor.System, ["户口簿"], 10))).IsAccepted);

        var ended = await h.Run(new CancelInstance("case-1", Actor.User("window"), CaseEndKind.Withdrawn, "申请人主动撤回申请"));
        Assert.True(ended.IsAccepted, ended.Rejection?.ToString());
        var finished = Assert.Single(ended.Events.OfType<InstanceFinished>());
        Assert.Equal((WorkflowSubStatus.Withdrawn, "window", "申请人主动撤回申请"), (finished.SubStatus, finished.ActorId, finished.Reason));
        var view = ended.Instance!;
        Assert.Equal(WorkflowSubStatus.Withdrawn, view.SubStatus);
        Assert.Equal(TaskLifecycle.Cancelled, view.Tasks[taskId].Status);
        Assert.Empty(view.Timers);
        Assert.Empty(view.Clocks);

        var again = await h.Run(new CancelInstance("case-1", Actor.System, CaseEndKind.Terminated, "重复"));
        Assert.Equal(RejectionType.InvalidState, again.Rejection!.Type);
        var decide = await h.Run(new RecordDecision("case-1", taskId, Actor.System, "approve", null));
        Assert.Equal(RejectionType.InvalidState, decide.Rejection!.Type);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Terminated_ByAnOfficerOfTheCase()
    {
        var (h, _) = await Opened();
        var stranger = await h.Run(new CancelInstance("case-1", Actor.User("x"), CaseEndKind.Terminated, "不符合条件"));
        Assert.Equal(RejectionType.Forbidden, stranger.Rejection!.Type);
        var noReason = await h.Run(new CancelInstance("case-1", Actor.User("li", ["民政办"], [Flows.Township]), CaseEndKind.Terminated, " "));
        Assert.Equal(("reason", RejectionType.InvalidInput), (noReason.Rejection!.Field, noReason.Rejection.Type));

        var ended = await h.Run(new CancelInstance("case-1", Actor.User("li", ["民政办"], [Flows.Township]), CaseEndKind.Terminated, "申请人已死亡"));
        Assert.True(ended.IsAccepted, ended.Rejection?.ToString());
        Assert.Equal(WorkflowSubStatus.Terminated, ended.Instance!.SubStatus);
        Assert.True(ended.Instance.IsFinished);
        await h.AssertReplayMatches();
    }
}

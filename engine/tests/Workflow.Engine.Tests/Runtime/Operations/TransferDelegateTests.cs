using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>转办 hands a task over for good; 委派 borrows an opinion and gives the task back.</summary>
public sealed class TransferDelegateTests
{
    private static Task<(Harness Harness, string TaskId)> Opened() =>
        Flows.OpenedAsync(Flows.TwoSteps(), new FakeOrganisation().With("村协理员", Flows.Village, "wang", "zhou"));

    [Fact]
    public async Task Transfer_TargetBecomesHolder_TheOriginalActorLosesIt()
    {
        var (harness, taskId) = await Opened();
        Assert.True((await harness.Run(new ClaimTask("case-1", taskId, Actor.User("wang")))).IsAccepted);

        var transferred = await harness.Run(new TransferTask("case-1", taskId, Actor.User("wang"), "sun", "本人出差"));
        Assert.True(transferred.IsAccepted, transferred.Rejection?.ToString());
        var e = Assert.Single(transferred.Events.OfType<TaskTransferred>());
        Assert.Equal(("wang", "sun", "本人出差"), (e.ActorId, e.ToUserId, e.Reason));
        Assert.Equal("sun", transferred.Instance!.Tasks[taskId].Holder);

        var original = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("wang"), "approve", null));
        Assert.Equal(RejectionType.Forbidden, original.Rejection!.Type);
        var target = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("sun"), "approve", null));
        Assert.True(target.IsAccepted, target.Rejection?.ToString());
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Transfer_Rejections()
    {
        var (harness, taskId) = await Opened();
        var outsider = await harness.Run(new TransferTask("case-1", taskId, Actor.User("li"), "sun", "出差"));
        Assert.Equal(RejectionType.Forbidden, outsider.Rejection!.Type);
        var noReason = await harness.Run(new TransferTask("case-1", taskId, Actor.User("wang"), "sun", " "));
        Assert.Equal(("reason", RejectionType.InvalidInput), (noReason.Rejection!.Field, noReason.Rejection.Type));
        var noTarget = await harness.Run(new TransferTask("case-1", taskId, Actor.User("wang"), "", "出差"));
        Assert.Equal("toUserId", noTarget.Rejection!.Field);
        var self = await harness.Run(new TransferTask("case-1", taskId, Actor.User("wang"), "wang", "出差"));
        Assert.Equal("toUserId", self.Rejection!.Field);

        Assert.True((await harness.Run(new RecordDecision("case-1", taskId, Actor.User("wang"), "approve", null))).IsAccepted);
        var closed = await harness.Run(new TransferTask("case-1", taskId, Actor.User("wang"), "sun", "出差"));
        Assert.Equal(RejectionType.InvalidState, closed.Rejection!.Type);
    }

    [Fact]
    public async Task Delegate_DelegatesAnswerIsAnOpinion_TheTaskReturnsToTheDelegatorWhoDecides()
    {
        var (harness, taskId) = await Opened();
        var delegated = await harness.Run(new DelegateTask("case-1", taskId, Actor.User("wang"), "expert", "请核实房产信息"));
        Assert.True(delegated.IsAccepted, delegated.Rejection?.ToString());
        var task = delegated.Instance!.Tasks[taskId];
        Assert.Equal(("expert", "wang", "wang"), (task.Holder, task.DelegatedBy, task.ClaimedBy));

        var delegator = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("wang"), "approve", null));
        Assert.Equal(RejectionType.Forbidden, delegator.Rejection!.Type);
        var release = await harness.Run(new ReleaseTask("case-1", taskId, Actor.User("wang")));
        Assert.Equal(RejectionType.InvalidState, release.Rejection!.Type);
        var twice = await harness.Run(new DelegateTask("case-1", taskId, Actor.User("expert"), "other", "再委派"));
        Assert.Equal(RejectionType.InvalidState, twice.Rejection!.Type);

        var opinion = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("expert"), "reject", "房产与申报不符"));
        Assert.True(opinion.IsAccepted, opinion.Rejection?.ToString());
        var answered = Assert.Single(opinion.Events.OfType<DelegateAnswered>());
        Assert.Equal(("expert", "wang", "reject"), (answered.ActorId, answered.ReturnedTo, answered.Outcome));
        Assert.Empty(opinion.Events.OfType<DecisionRecorded>());
        task = opinion.Instance!.Tasks[taskId];
        Assert.Equal(TaskLifecycle.Open, task.Status);
        Assert.Equal("wang", task.Holder);
        Assert.Null(task.DelegatedBy);
        Assert.Equal("房产与申报不符", Assert.Single(task.Opinions).Comment);

        var expertAgain = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("expert"), "approve", null));
        Assert.Equal(RejectionType.Forbidden, expertAgain.Rejection!.Type);
        var decided = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("wang"), "approve", "已核实"));
        Assert.True(decided.IsAccepted);
        Assert.Equal("wang", Assert.Single(decided.Events.OfType<DecisionRecorded>()).ActorId);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Delegate_Rejections()
    {
        var (harness, taskId) = await Opened();
        var outsider = await harness.Run(new DelegateTask("case-1", taskId, Actor.User("li"), "expert", "请核实"));
        Assert.Equal(RejectionType.Forbidden, outsider.Rejection!.Type);
        var noReason = await harness.Run(new DelegateTask("case-1", taskId, Actor.User("wang"), "expert", ""));
        Assert.Equal("reason", noReason.Rejection!.Field);
    }
}

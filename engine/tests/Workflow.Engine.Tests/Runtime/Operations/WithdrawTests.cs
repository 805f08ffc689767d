using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>撤回: whoever answered the previous step takes it back while the next one is untouched.</summary>
public sealed class WithdrawTests
{
    private static readonly Actor Wang = Actor.User("wang", ["村协理员"], [Flows.Village]);

    private static async Task<(Harness Harness, string First, string Second)> SecondStepOpen()
    {
        var harness = new Harness();
        var view = await harness.Start(harness.Publish(Flows.TwoSteps()), input: Flows.Input());
        var first = view.Tasks.Keys.Single();
        view = (await harness.Run(new RecordDecision("case-1", first, Wang, "approve", null))).Instance!;
        var second = view.Tasks.Values.Single(t => t.Status == TaskLifecycle.Open);
        Assert.Equal(first, second.Opened.PreviousTaskId);
        return (harness, first, second.TaskId);
    }

    [Fact]
    public async Task Withdraw_CancelsTheNextTask_AndReopensThePreviousStepForThatUser()
    {
        var (h, first, second) = await SecondStepOpen();

        var withdrawn = await h.Run(new WithdrawTask("case-1", second, Wang));
        Assert.True(withdrawn.IsAccepted, withdrawn.Rejection?.ToString());
        var e = Assert.Single(withdrawn.Events.OfType<TaskWithdrawn>());
        Assert.Equal((second, first, "wang"), (e.TaskId, e.PreviousTaskId, e.ActorId));
        var view = withdrawn.Instance!;
        Assert.Equal(TaskLifecycle.Cancelled, view.Tasks[second].Status);
        Assert.False(view.Clocks.ContainsKey(second));
        var reopened = view.Tasks[e.NewTaskId];
        Assert.NotEqual(first, e.NewTaskId);
        Assert.Equal(("root:a", "wang", TaskLifecycle.Open), (reopened.Opened.ActivityId, reopened.Holder, reopened.Status));
        Assert.Single(view.Bookmarks);

        // Deciding the reopened step runs on as before.
        view = (await h.Run(new RecordDecision("case-1", e.NewTaskId, Wang, "approve", "已更正"))).Instance!;
        var again = view.Tasks.Values.Single(t => t.Status == TaskLifecycle.Open);
        Assert.Equal(("root:b", e.NewTaskId), (again.Opened.ActivityId, again.Opened.PreviousTaskId));
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Withdraw_Rejections()
    {
        var (h, first, second) = await SecondStepOpen();
        var other = await h.Run(new WithdrawTask("case-1", second, Actor.User("zhou", ["村协理员"], [Flows.Village])));
        Assert.Equal(RejectionType.Forbidden, other.Rejection!.Type);
        var noPrevious = await h.Run(new WithdrawTask("case-1", first, Wang));
        Assert.Equal(RejectionType.InvalidState, noPrevious.Rejection!.Type);

        Assert.True((await h.Run(new ClaimTask("case-1", second, Actor.User("li", ["民政办"], [Flows.Township])))).IsAccepted);
        var touched = await h.Run(new WithdrawTask("case-1", second, Wang));
        Assert.Equal(RejectionType.InvalidState, touched.Rejection!.Type);
        Assert.Contains("不能撤回", touched.Rejection.Message);
    }

    [Fact]
    public async Task Withdraw_InAChain_MovesOneLevelDown()
    {
        var h = new Harness();
        var view = await h.Start(h.Publish(Flows.Chain()), input: Flows.Input());
        var village = view.Tasks.Keys.Single();
        view = (await h.Run(new RecordDecision("case-1", village, Wang, "approve", null))).Instance!;
        var township = view.Tasks.Values.Single(t => t.Status == TaskLifecycle.Open);
        Assert.Equal(1, township.Opened.ChainStep);

        var withdrawn = await h.Run(new WithdrawTask("case-1", township.TaskId, Wang));
        Assert.True(withdrawn.IsAccepted, withdrawn.Rejection?.ToString());
        var reopened = withdrawn.Instance!.Tasks[Assert.Single(withdrawn.Events.OfType<TaskWithdrawn>()).NewTaskId];
        Assert.Equal((0, "village"), (reopened.Opened.ChainStep, reopened.Opened.Assignee.Level));

        view = (await h.Run(new RecordDecision("case-1", reopened.TaskId, Wang, "approve", null))).Instance!;
        Assert.Equal(1, view.Tasks.Values.Single(t => t.Status == TaskLifecycle.Open).Opened.ChainStep);
        await h.AssertReplayMatches();
    }
}

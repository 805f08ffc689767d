using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>认领/释放: a claimed task belongs to its claimer until released.</summary>
public sealed class ClaimTests
{
    private static Task<(Harness Harness, string TaskId)> Opened() =>
        Flows.OpenedAsync(Flows.TwoSteps(), new FakeOrganisation().With("村协理员", Flows.Village, "wang", "zhou"));

    [Fact]
    public async Task Claim_MakesTheClaimerTheOnlyOneWhoMayDecide()
    {
        var (harness, taskId) = await Opened();

        var claimed = await harness.Run(new ClaimTask("case-1", taskId, Actor.User("wang")));
        Assert.True(claimed.IsAccepted, claimed.Rejection?.ToString());
        Assert.Equal("wang", Assert.Single(claimed.Events.OfType<TaskClaimed>()).ActorId);
        Assert.Equal("wang", claimed.Instance!.Tasks[taskId].ClaimedBy);
        Assert.Equal("wang", claimed.Instance.Tasks[taskId].Holder);

        var other = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("zhou"), "approve", null));
        Assert.Equal(RejectionType.Forbidden, other.Rejection!.Type);

        var decided = await harness.Run(new RecordDecision("case-1", taskId, Actor.User("wang"), "approve", null));
        Assert.True(decided.IsAccepted);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Claim_Rejections()
    {
        var (harness, taskId) = await Opened();
        var notCandidate = await harness.Run(new ClaimTask("case-1", taskId, Actor.User("li", ["村协理员"], [Flows.Village])));
        Assert.Equal(RejectionType.Forbidden, notCandidate.Rejection!.Type);

        Assert.True((await harness.Run(new ClaimTask("case-1", taskId, Actor.User("wang")))).IsAccepted);
        var taken = await harness.Run(new ClaimTask("case-1", taskId, Actor.User("zhou")));
        Assert.Equal(RejectionType.Conflict, taken.Rejection!.Type);
        Assert.Contains("已被 wang 认领", taken.Rejection.Message);

        var again = await harness.Run(new ClaimTask("case-1", taskId, Actor.User("wang")));
        Assert.Equal(RejectionType.InvalidState, again.Rejection!.Type);

        var unknown = await harness.Run(new ClaimTask("case-1", "nope", Actor.User("wang")));
        Assert.Equal(RejectionType.NotFound, unknown.Rejection!.Type);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Release_OnlyByTheClaimer_ThenAnotherCandidateMayClaim()
    {
        var (harness, taskId) = await Opened();
        var notClaimed = await harness.Run(new ReleaseTask("case-1", taskId, Actor.User("wang")));
        Assert.Equal(RejectionType.InvalidState, notClaimed.Rejection!.Type);

        Assert.True((await harness.Run(new ClaimTask("case-1", taskId, Actor.User("wang")))).IsAccepted);
        var byOther = await harness.Run(new ReleaseTask("case-1", taskId, Actor.User("zhou")));
        Assert.Equal(RejectionType.Forbidden, byOther.Rejection!.Type);

        var released = await harness.Run(new ReleaseTask("case-1", taskId, Actor.User("wang")));
        Assert.True(released.IsAccepted);
        Assert.Null(released.Instance!.Tasks[taskId].ClaimedBy);
        Assert.Null(released.Instance.Tasks[taskId].Holder);

        Assert.True((await harness.Run(new ClaimTask("case-1", taskId, Actor.User("zhou")))).IsAccepted);
        await harness.AssertReplayMatches();
    }

    [Fact]
    public async Task Claim_OnAClosedTask_IsInvalidState()
    {
        var (harness, taskId) = await Opened();
        Assert.True((await harness.Run(new RecordDecision("case-1", taskId, Actor.User("wang"), "approve", null))).IsAccepted);
        var late = await harness.Run(new ClaimTask("case-1", taskId, Actor.User("wang")));
        Assert.Equal(RejectionType.InvalidState, late.Rejection!.Type);
    }
}

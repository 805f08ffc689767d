using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>
/// Leave cover (代理) in the engine's one rule (<see cref="TaskAuthority"/>): a deputy stands only while the cover lasts,
/// and on a multi-signer step answers only as the signer they cover, never takes the step.
/// </summary>
public sealed class LeaveCoverTests
{
    private static readonly DateTimeOffset CoverEnds = DateTimeOffset.Parse("2026-03-05T00:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The organisation's candidates, with "d" covering "b" (as the casework directory adds a deputy) until <see cref="CoverEnds"/>.</summary>
    private sealed class CoveringOrganisation(FakeOrganisation inner) : IAssignmentResolver
    {
        public Assignment Resolve(AssignmentRequest request)
        {
            var assignment = inner.Resolve(request);
            return assignment.Candidates.Any(c => c.UserId == "b")
                ? assignment with { Candidates = [.. assignment.Candidates, new Candidate("d", "代理 b") { CoverFor = "b", Until = CoverEnds }] }
                : assignment;
        }

        public string? RefuseHolder(AssignmentRequest request, string userId, HolderRole role) => inner.RefuseHolder(request, userId, role);
    }

    private static async Task<(Harness Harness, string TaskId)> Opened(string definition)
    {
        var harness = new Harness(assignments: new CoveringOrganisation(new FakeOrganisation().With("民政办", Flows.Township, "a", "b")));
        var view = await harness.Start(harness.Publish(definition), input: Flows.Input());
        return (harness, view.Tasks.Keys.Single());
    }

    [Fact]
    public async Task Deputy_OnAOneDeciderStep_DecidesAs代办WhileTheCoverLasts()
    {
        var (h, taskId) = await Opened(Flows.OneStep());

        var decided = await h.Run(new RecordDecision("case-1", taskId, Actor.User("d"), "approve", null));

        Assert.True(decided.IsAccepted, decided.Rejection?.ToString());
        Assert.Equal("b", Assert.Single(decided.Events.OfType<DecisionRecorded>()).OnBehalfOf);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Deputy_AfterTheCoverEnded_IsRefused()
    {
        var (h, taskId) = await Opened(Flows.OneStep());
        h.Time.Advance(CoverEnds - h.Time.GetUtcNow() + TimeSpan.FromMinutes(1));

        var claimed = await h.Run(new ClaimTask("case-1", taskId, Actor.User("d")));
        var decided = await h.Run(new RecordDecision("case-1", taskId, Actor.User("d"), "approve", null));

        Assert.Equal(RejectionType.Forbidden, claimed.Rejection!.Type);
        Assert.Equal(RejectionType.Forbidden, decided.Rejection!.Type);
        Assert.True((await h.Run(new ClaimTask("case-1", taskId, Actor.User("b")))).IsAccepted);
    }

    [Fact]
    public async Task Deputy_OnACountersign_SignsAsTheSignerTheyCover_AndCannotTakeTheStep()
    {
        var (h, taskId) = await Opened(Flows.Signed("countersign"));
        var facts = TaskAuthority.Of((await h.View()).Tasks[taskId], h.Time.GetUtcNow());

        var claimed = await h.Run(new ClaimTask("case-1", taskId, Actor.User("d")));
        var signed = await h.Run(new RecordDecision("case-1", taskId, Actor.User("d"), "approve", null));
        var twice = await h.Run(new RecordDecision("case-1", taskId, Actor.User("b"), "approve", null));
        var last = await h.Run(new RecordDecision("case-1", taskId, Actor.User("a"), "approve", null));

        Assert.Equal(["a", "b"], facts.Signers);
        Assert.False(TaskAuthority.MayClaim(Actor.User("d"), facts));
        Assert.Equal("b", TaskAuthority.SignsFor(Actor.User("d"), facts));
        Assert.Equal(["a", "b", "d"], TaskAuthority.Named(facts));
        Assert.NotNull(claimed.Rejection);
        var answer = Assert.Single(signed.Events.OfType<SignerAnswered>());
        Assert.Equal(("b", "d"), (answer.UserId, answer.DeputyId));
        Assert.Equal(RejectionType.InvalidState, twice.Rejection!.Type);
        Assert.Equal("approve", Assert.Single(last.Events.OfType<DecisionRecorded>()).Outcome);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Deputy_OnACountersignAfterTheCover_IsNotASigner()
    {
        var (h, taskId) = await Opened(Flows.Signed("countersign"));
        h.Time.Advance(CoverEnds - h.Time.GetUtcNow());

        var signed = await h.Run(new RecordDecision("case-1", taskId, Actor.User("d"), "approve", null));

        Assert.Equal(RejectionType.Forbidden, signed.Rejection!.Type);
        Assert.Equal(["a", "b"], TaskAuthority.Named(TaskAuthority.Of((await h.View()).Tasks[taskId], h.Time.GetUtcNow())));
    }

    [Fact]
    public async Task Deputy_CoverClearedEarly_StandsNoMore()
    {
        var (h, taskId) = await Opened(Flows.OneStep());

        var ended = await h.Run(new EndCover("case-1", taskId, "d", "b", Actor.User("b")));
        var decided = await h.Run(new RecordDecision("case-1", taskId, Actor.User("d"), "approve", null));

        Assert.True(ended.IsAccepted, ended.Rejection?.ToString());
        Assert.Equal("d", Assert.Single(ended.Events.OfType<CoverEnded>()).DeputyId);
        Assert.Equal(RejectionType.Forbidden, decided.Rejection!.Type);
        Assert.Equal(["a", "b"], TaskAuthority.Named(TaskAuthority.Of((await h.View()).Tasks[taskId], h.Time.GetUtcNow())));
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task EndCover_BySomeoneOtherThanTheCovered_IsRefused()
    {
        var (h, taskId) = await Opened(Flows.OneStep());

        var byOther = await h.Run(new EndCover("case-1", taskId, "d", "b", Actor.User("a")));
        var notACover = await h.Run(new EndCover("case-1", taskId, "a", "b", Actor.User("b")));

        Assert.Equal(RejectionType.Forbidden, byOther.Rejection!.Type);
        Assert.Equal(RejectionType.InvalidState, notACover.Rejection!.Type);
    }

    [Fact]
    public async Task EndCover_Twice_IsAcceptedAndChangesNothingTheSecondTime()
    {
        var (h, taskId) = await Opened(Flows.OneStep());

        var first = await h.Run(new EndCover("case-1", taskId, "d", "b", Actor.User("b")));
        h.Time.Advance(TimeSpan.FromMinutes(5));
        var twice = await h.Run(new EndCover("case-1", taskId, "d", "b", Actor.User("b")) { RequestKey = "again" });

        Assert.True(first.IsAccepted, first.Rejection?.ToString());
        Assert.True(twice.IsAccepted, twice.Rejection?.ToString());
        Assert.Empty(twice.Events);
        Assert.Equal(Assert.Single(first.Events.OfType<CoverEnded>()).At,
            (await h.View()).Tasks[taskId].Opened.Candidates.Single(c => c.UserId == "d").Until);
        await h.AssertReplayMatches();
    }
}

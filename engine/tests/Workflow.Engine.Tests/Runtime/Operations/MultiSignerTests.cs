using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.Serialization;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.Operations;

/// <summary>会签, 或签, 票签 and 依次审批, with 加签/减签.</summary>
public sealed class MultiSignerTests
{
    private const string Three = """["a","b","c"]""";

    private static async Task<(Harness Harness, string TaskId)> Opened(string definition, FakeOrganisation? org = null)
    {
        var harness = new Harness(assignments: org);
        var view = await harness.Start(harness.Publish(definition), input: Flows.Input());
        return (harness, view.Tasks.Keys.Single());
    }

    private static Task<Workflow.Engine.Runtime.ExecutionResult> Answer(Harness h, string taskId, string user, string outcome) =>
        h.Run(new RecordDecision("case-1", taskId, Actor.User(user), outcome, outcome == "approve" ? null : "不同意"));

    [Fact]
    public async Task Countersign_AllMustApprove_ThenTheStepApprovesWithATally()
    {
        var (h, taskId) = await Opened(Flows.Signed("countersign", Three));
        Assert.Equal(["a", "b", "c"], (await h.View()).Tasks[taskId].Signers.Select(s => s.UserId));

        var first = await Answer(h, taskId, "a", "approve");
        Assert.Single(first.Events.OfType<SignerAnswered>());
        Assert.Empty(first.Events.OfType<DecisionRecorded>());
        await Answer(h, taskId, "b", "approve");
        var last = await Answer(h, taskId, "c", "approve");

        var decision = Assert.Single(last.Events.OfType<DecisionRecorded>());
        Assert.Equal("approve", decision.Outcome);
        Assert.Equal(3, decision.Tally!.Answers["approve"]);
        Assert.Equal(0, decision.Tally.Pending);
        Assert.Contains("会签", decision.Tally.Rule);
        Assert.Equal(["通过"], last.Instance!.Lines);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Countersign_AnyRejectDecidesAtOnce()
    {
        var (h, taskId) = await Opened(Flows.Signed("countersign", Three));
        await Answer(h, taskId, "a", "approve");
        var rejected = await Answer(h, taskId, "b", "reject");
        Assert.Equal("reject", Assert.Single(rejected.Events.OfType<DecisionRecorded>()).Outcome);
        Assert.Equal(["不通过"], rejected.Instance!.Lines);

        var late = await Answer(h, taskId, "c", "approve");
        Assert.Equal(RejectionType.InvalidState, late.Rejection!.Type);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Anysign_FirstAnswerDecides()
    {
        var (h, taskId) = await Opened(Flows.Signed("anysign", Three));
        var returned = await Answer(h, taskId, "c", "return");
        Assert.Equal("return", Assert.Single(returned.Events.OfType<DecisionRecorded>()).Outcome);
        Assert.Equal(["退回"], returned.Instance!.Lines);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Vote_ApprovesAtTheCountThreshold()
    {
        var (h, taskId) = await Opened(Flows.Signed("vote", Three, "2"));
        await Answer(h, taskId, "a", "reject");
        var one = await Answer(h, taskId, "b", "approve");
        Assert.Empty(one.Events.OfType<DecisionRecorded>());
        var two = await Answer(h, taskId, "c", "approve");
        var decision = Assert.Single(two.Events.OfType<DecisionRecorded>());
        Assert.Equal("approve", decision.Outcome);
        Assert.Equal(1, decision.Tally!.Answers["reject"]);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Vote_RejectsAsSoonAsAFractionThresholdCanNoLongerBeReached()
    {
        // 0.6 of 3 signers needs 2 approvals; after two rejections only one vote is left.
        var (h, taskId) = await Opened(Flows.Signed("vote", Three, "0.6"));
        await Answer(h, taskId, "a", "reject");
        var second = await Answer(h, taskId, "b", "reject");
        var decision = Assert.Single(second.Events.OfType<DecisionRecorded>());
        Assert.Equal("reject", decision.Outcome);
        Assert.Equal(1, decision.Tally!.Pending);
        Assert.Contains("不可能达到 2 票", decision.Tally.Rule);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task Sequential_SignersAnswerInOrder()
    {
        var (h, taskId) = await Opened(Flows.Signed("sequential", Three));
        var early = await Answer(h, taskId, "b", "approve");
        Assert.Equal(RejectionType.InvalidState, early.Rejection!.Type);
        Assert.Contains("尚未轮到", early.Rejection.Message);

        await Answer(h, taskId, "a", "approve");
        await Answer(h, taskId, "b", "approve");
        var done = await Answer(h, taskId, "c", "approve");
        Assert.Equal("approve", Assert.Single(done.Events.OfType<DecisionRecorded>()).Outcome);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task WithoutExplicitSigners_TheCandidatesSign()
    {
        var org = new FakeOrganisation().With("民政办", Flows.Township, "li", "zhao");
        var (h, taskId) = await Opened(Flows.Signed("countersign"), org);
        var task = (await h.View()).Tasks[taskId];
        Assert.Equal(["li", "zhao"], task.Opened.Signing!.Signers);

        var outsider = await Answer(h, taskId, "wang", "approve");
        Assert.Equal(RejectionType.Forbidden, outsider.Rejection!.Type);
        var twice = await Answer(h, taskId, "li", "approve");
        Assert.True(twice.IsAccepted);
        var again = await Answer(h, taskId, "li", "approve");
        Assert.Equal(RejectionType.InvalidState, again.Rejection!.Type);
    }

    [Fact]
    public async Task AddSigner_ThenAllMustApprove_RemovingTheLastPendingSignerDecides()
    {
        var (h, taskId) = await Opened(Flows.Signed("countersign", """["a","b"]"""));
        var added = await h.Run(new AddSigner("case-1", taskId, Actor.System, "d", "需财务意见"));
        Assert.True(added.IsAccepted, added.Rejection?.ToString());
        Assert.Equal(["a", "b", "d"], added.Instance!.Tasks[taskId].Signers.Select(s => s.UserId));

        await Answer(h, taskId, "a", "approve");
        await Answer(h, taskId, "b", "approve");
        var answeredRemoval = await h.Run(new RemoveSigner("case-1", taskId, Actor.System, "a"));
        Assert.Equal(RejectionType.InvalidState, answeredRemoval.Rejection!.Type);

        var removed = await h.Run(new RemoveSigner("case-1", taskId, Actor.System, "d", "不再需要"));
        Assert.True(removed.IsAccepted, removed.Rejection?.ToString());
        Assert.Single(removed.Events.OfType<SignerRemoved>());
        var decision = Assert.Single(removed.Events.OfType<DecisionRecorded>());
        Assert.Equal("approve", decision.Outcome);
        Assert.Equal(TaskLifecycle.Completed, removed.Instance!.Tasks[taskId].Status);
        await h.AssertReplayMatches();
    }

    [Fact]
    public async Task SignerChanges_Rejections()
    {
        var (h, taskId) = await Opened(Flows.Signed("countersign", """["a"]"""));
        var outsider = await h.Run(new AddSigner("case-1", taskId, Actor.User("zz"), "d"));
        Assert.Equal(RejectionType.Forbidden, outsider.Rejection!.Type);
        // A signer may not change who signs beside them (removing the others would decide a 会签 alone).
        var peer = await h.Run(new AddSigner("case-1", taskId, Actor.User("a"), "ally"));
        Assert.Equal(RejectionType.Forbidden, peer.Rejection!.Type);
        var blank = await h.Run(new AddSigner("case-1", taskId, Actor.System, " "));
        Assert.Equal("userId", blank.Rejection!.Field);
        var duplicate = await h.Run(new AddSigner("case-1", taskId, Actor.System, "a"));
        Assert.Equal("userId", duplicate.Rejection!.Field);
        var unknown = await h.Run(new RemoveSigner("case-1", taskId, Actor.System, "nobody"));
        Assert.Equal(RejectionType.NotFound, unknown.Rejection!.Type);
        var only = await h.Run(new RemoveSigner("case-1", taskId, Actor.System, "a"));
        Assert.Equal(RejectionType.InvalidState, only.Rejection!.Type);
        var claim = await h.Run(new ClaimTask("case-1", taskId, Actor.User("a")));
        Assert.Equal(RejectionType.InvalidState, claim.Rejection!.Type);

        var single = new Harness();
        var view = await single.Start(single.Publish(Flows.TwoSteps()), input: Flows.Input());
        var notMulti = await single.Run(new AddSigner("case-1", view.Tasks.Keys.Single(), Actor.System, "d"));
        Assert.Equal(RejectionType.InvalidState, notMulti.Rejection!.Type);
    }

    [Theory]
    [InlineData("together", null, "UnknownMode")]
    [InlineData("vote", null, "MissingInput")]
    [InlineData("vote", "1.5", "InvalidThreshold")]
    [InlineData("vote", "0", "InvalidThreshold")]
    public void BadSigningInputs_AreDefinitionErrors(string mode, string? threshold, string code)
    {
        var result = DefinitionReader.Read(Flows.Signed(mode, Three, threshold));
        Assert.Contains(result.Errors, e => e.Code == code);
    }
}

using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Definitions.Tests;

/// <summary>
/// 临时救助（支出型）(issue 12): the township reviews, then the district's 民政局 decides by 集体研究 as a 会签 — every
/// officer holding the post must agree, and one disagreement refuses at once.
/// </summary>
public sealed class TemporaryAssistanceExpenseTests
{
    private const string File = "temporary-assistance-expense.v1.json";
    private static readonly TestActor SecondDistrictApprover = new("zhengqiang", ["区民政局"], [TestDivisions.District], []);

    [Fact]
    public async Task Expense_DistrictCountersign_ApprovedOnlyWhenEveryOfficerAgrees()
    {
        // Given: two officers hold 区民政局 in the district, and the township has approved
        var s = DefinitionScenario.With(File, new TwoDistrictOfficers());
        (await s.StartAsync()).AssertAccepted();
        var opened = (await s.DecideAsync(TestActor.TownshipReviewer, "approve", "核实属实")).AssertAccepted().SingleTaskOpened();

        // Then: the 集体研究 is a 会签 of both
        Assert.Equal(SignModes.Countersign, opened.Signing!.Mode);
        Assert.Equal(["liuqiang", "zhengqiang"], opened.Signing.Signers);

        // When: the first agrees, the step still waits for the second
        var first = (await s.DecideAsync(TestActor.DistrictApprover, "approve", "同意")).AssertAccepted();
        Assert.Empty(first.OfType<DecisionRecorded>());
        Assert.Single(s.OpenTasks);

        // When: the second agrees
        (await s.DecideAsync(SecondDistrictApprover, "approve", "同意")).AssertAccepted();

        // Then
        s.AssertFinishedWith("approved");
    }

    [Fact]
    public async Task Expense_DistrictCountersign_OneDisagreementRefusesAtOnce()
    {
        // Given
        var s = DefinitionScenario.With(File, new TwoDistrictOfficers());
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve", "核实属实")).AssertAccepted();

        // When
        (await s.DecideAsync(TestActor.DistrictApprover, "reject", "家庭财产超过规定")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
    }

    /// <summary>The township's 民政办 is 张伟; the district's 区民政局 are 刘强 and 郑强.</summary>
    private sealed class TwoDistrictOfficers : IAssignmentResolver
    {
        public Assignment Resolve(AssignmentRequest request) => (request.Post, request.Level) switch
        {
            ("区民政局", "district") => new Assignment(TestDivisions.District, [new("liuqiang", "区民政局"), new("zhengqiang", "区民政局")]),
            ("民政办", "township") => new Assignment(TestDivisions.Township, [new("zhangwei", "民政办")]),
            _ => Assignment.Unresolved(request),
        };
    }
}

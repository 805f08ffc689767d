using Workflow.Engine.Ports;
using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Definitions.Tests;

/// <summary>
/// 临时救助 急难型 (S-04): "小额先行救助，事后补充说明" — the township approves and pays out of its reserve fund first;
/// the paperwork follows as a documentation task and a review, and money found to be paid wrongly is recovered.
/// </summary>
public sealed class TemporaryAssistanceTests
{
    private const string File = "temporary-assistance.v1.json";

    private static readonly TaskAssignee OfficeAtTownship = new("民政办", "township", TestDivisions.Township, null, null);
    private static readonly TaskAssignee CaseWorkerAtTownship = new("社会救助经办", "township", TestDivisions.Township, null, null);

    [Fact]
    public async Task TemporaryAssistance_EmergencyCase_PaidBeforeDocumentationThenConfirmed()
    {
        // Given
        var s = DefinitionScenario.For(File);

        // When: an emergency is reported on Monday morning
        var approval = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();

        // Then: the township decides within one working day
        Assert.Equal(OfficeAtTownship, approval.Assignee);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 3)), approval.DueAt);

        // When: approved, the case worker pays from the reserve fund, two hours later
        var payment = (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted().SingleTaskOpened();
        Assert.Equal(CaseWorkerAtTownship, payment.Assignee);
        Assert.Equal(["paid"], payment.Outcomes);
        s.Time.Advance(TimeSpan.FromHours(2));
        var paid = (await s.DecideAsync(TestActor.CaseWorker, "paid", data: new() { ["amount"] = 2000 })).AssertAccepted();

        // Then: the money is out before any document is asked for; the paperwork has ten working days
        Assert.Equal("paid", s.Variable("paymentStatus"));
        Assert.Equal(["急难型临时救助已先行发放，事后补充说明情况、补办手续"], s.Instance.Lines);
        var followUp = paid.SingleTaskOpened();
        Assert.Equal("事后补充说明情况（补办申请材料）", followUp.Title);
        Assert.Equal(CaseWorkerAtTownship, followUp.Assignee);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 16)), followUp.DueAt);
        var history = s.Events.ToList();
        Assert.True(history.FindIndex(e => e is DecisionRecorded { Outcome: "paid" }) < history.IndexOf(followUp));

        // When: the file is completed on Saturday and reviewed
        s.Time.Advance(TimeSpan.FromDays(5));
        var review = (await s.DecideAsync(TestActor.CaseWorker, "submit")).AssertAccepted().SingleTaskOpened();
        Assert.Equal(OfficeAtTownship, review.Assignee);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 13)), review.DueAt);
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();

        // Then
        s.AssertFinishedWith("approved");
        Assert.Equal("paid", s.Variable("paymentStatus"));
    }

    [Fact]
    public async Task TemporaryAssistance_DocumentationReturned_FollowUpReopensThenConfirmed()
    {
        // Given: the documentation is under review
        var s = await AtDocumentReviewAsync();

        // When
        var reopened = (await s.DecideAsync(TestActor.TownshipReviewer, "return", "缺医院诊断证明")).AssertAccepted().SingleTaskOpened();
        (await s.DecideAsync(TestActor.CaseWorker, "submit")).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();

        // Then
        Assert.Equal(CaseWorkerAtTownship, reopened.Assignee);
        Assert.Equal("事后补充说明情况（补办申请材料）", reopened.Title);
        s.AssertFinishedWith("approved");
    }

    [Fact]
    public async Task TemporaryAssistance_DocumentationShowsIneligible_EndsWithRecovery()
    {
        // Given
        var s = await AtDocumentReviewAsync();

        // When
        (await s.DecideAsync(TestActor.TownshipReviewer, "reject", "核实家庭存款超过规定，不符合急难型临时救助条件")).AssertAccepted();

        // Then: the payment stands on record, and the case ends with its recovery
        s.AssertFinishedWith("recovery");
        Assert.Equal("paid", s.Variable("paymentStatus"));
        Assert.Equal("补办审核不符合条件：依法追回已先行发放的救助金", s.Instance.Lines[^1]);
    }

    [Fact]
    public async Task TemporaryAssistance_EmergencyRejected_EndsWithoutPayment()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();

        // When
        (await s.DecideAsync(TestActor.TownshipReviewer, "reject", "已由医疗救助全额覆盖")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
        Assert.Equal("", s.Variable("paymentStatus"));
        Assert.DoesNotContain(s.Events.OfType<TaskOpened>(), t => t.Assignee.Post == "社会救助经办");
    }

    [Fact]
    public async Task TemporaryAssistance_PaymentConfirmedByWrongPost_IsForbidden()
    {
        // Given: the payment is waiting for the case worker
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();

        // When: the approving office itself, then a village assistant, record the payment
        var byApprover = await s.DecideAsync(TestActor.TownshipReviewer, "paid");
        var byVillage = await s.DecideAsync(TestActor.VillageAssistant, "paid");

        // Then
        byApprover.AssertRejected(RejectionType.Forbidden);
        byVillage.AssertRejected(RejectionType.Forbidden);
        Assert.Equal("", s.Variable("paymentStatus"));
    }

    [Fact]
    public async Task TemporaryAssistance_EmergencyRejectedWithoutComment_IsInvalidInputOnComment()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();

        // When
        var rejection = (await s.DecideAsync(TestActor.TownshipReviewer, "reject")).AssertRejected(RejectionType.InvalidInput);

        // Then
        Assert.Equal("comment", rejection.Field);
    }

    [Fact]
    public async Task TemporaryAssistance_PaymentRecordedTwice_SecondIsInvalidState()
    {
        // Given: the payment has been recorded
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();
        var payment = s.OpenTask.TaskId;
        (await s.DecideAsync(payment, TestActor.CaseWorker, "paid")).AssertAccepted();

        // When: the same payment is recorded again
        var again = await s.DecideAsync(payment, TestActor.CaseWorker, "paid");

        // Then: refused, so the money cannot be booked twice
        again.AssertRejected(RejectionType.InvalidState);
        Assert.Single(s.Events.OfType<DecisionRecorded>(), d => d.Outcome == "paid");
    }

    /// <summary>Given an emergency paid out and documented, so the documentation review is open.</summary>
    private static async Task<DefinitionScenario> AtDocumentReviewAsync()
    {
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();
        (await s.DecideAsync(TestActor.CaseWorker, "paid")).AssertAccepted();
        (await s.DecideAsync(TestActor.CaseWorker, "submit")).AssertAccepted();
        Assert.Equal("补办手续审核", s.OpenTask.Opened.Title);
        return s;
    }
}

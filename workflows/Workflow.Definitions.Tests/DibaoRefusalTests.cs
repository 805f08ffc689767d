using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

using static Workflow.Definitions.Tests.DibaoCase;

namespace Workflow.Definitions.Tests;

/// <summary>低保: refusals of the application, and of commands the engine must turn away.</summary>
public sealed class DibaoRefusalTests
{
    [Fact]
    public async Task Dibao_TownshipReviewRejects_EndsRejectedWithWrittenReasons()
    {
        // Given: the village has investigated
        var s = DefinitionScenario.For(DefinitionFile);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.WindowClerk, "approve")).AssertAccepted();
        (await s.DecideAsync(TestActor.VillageAssistant, "approve")).AssertAccepted();
        var review = s.OpenTask;

        // When
        (await s.DecideAsync(TestActor.TownshipReviewer, "reject", "家庭人均收入高于当地低保标准")).AssertAccepted();

        // Then: no 公示, no district step; the refusal and its reason are on record
        s.AssertFinishedWith("rejected");
        Assert.Equal(["低保申请不予批准：3 个工作日内书面告知申请人并说明理由"], s.Instance.Lines);
        var decided = s.Instance.Tasks[review.TaskId];
        Assert.Equal(("reject", "家庭人均收入高于当地低保标准", TestActor.TownshipReviewer.User), (decided.Outcome, decided.Comment, decided.ActorId));
    }

    [Fact]
    public async Task Dibao_DistrictRejectsConfirmation_EndsRejected()
    {
        // Given
        var s = await AtConfirmationAsync();

        // When
        (await s.DecideAsync(TestActor.DistrictApprover, "reject", "抽查发现申请人隐瞒存款")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
    }

    [Fact]
    public async Task Dibao_IntakeRejectedWithoutComment_IsInvalidInputOnComment()
    {
        // Given
        var s = DefinitionScenario.For(DefinitionFile);
        (await s.StartAsync()).AssertAccepted();

        // When
        var rejection = (await s.DecideAsync(TestActor.WindowClerk, "reject", comment: null)).AssertRejected(RejectionType.InvalidInput);

        // Then: nothing happened; the window still has the task
        Assert.Equal("comment", rejection.Field);
        Assert.Equal(TaskLifecycle.Open, s.OpenTask.Status);
    }

    [Fact]
    public async Task Dibao_ReviewDecidedByWrongPostOrWrongTownship_IsForbidden()
    {
        // Given: the township review is open
        var s = DefinitionScenario.For(DefinitionFile);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.WindowClerk, "approve")).AssertAccepted();
        (await s.DecideAsync(TestActor.VillageAssistant, "approve")).AssertAccepted();

        // When: the village assistant, then the 民政办 of the neighbouring township, try to decide it
        var byVillage = await s.DecideAsync(TestActor.VillageAssistant, "approve");
        var byNeighbour = await s.DecideAsync(TestActor.OtherTownshipReviewer, "approve");

        // Then
        byVillage.AssertRejected(RejectionType.Forbidden);
        byNeighbour.AssertRejected(RejectionType.Forbidden);
        Assert.Equal("民政办", s.OpenTask.Opened.Assignee.Post);
    }

    [Fact]
    public async Task Dibao_SameTaskDecidedTwice_SecondIsInvalidState()
    {
        // Given: the window has accepted the application
        var s = DefinitionScenario.For(DefinitionFile);
        (await s.StartAsync()).AssertAccepted();
        var intake = s.OpenTask.TaskId;
        (await s.DecideAsync(intake, TestActor.WindowClerk, "approve")).AssertAccepted();

        // When: the same decision arrives again (a double click, a retried request)
        var again = await s.DecideAsync(intake, TestActor.WindowClerk, "approve");

        // Then: refused, and the case stays at the village investigation
        again.AssertRejected(RejectionType.InvalidState);
        Assert.Equal("村协理员", s.OpenTask.Opened.Assignee.Post);
    }
}

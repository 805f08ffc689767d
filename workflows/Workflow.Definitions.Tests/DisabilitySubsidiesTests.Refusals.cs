using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Definitions.Tests;

/// <summary>残疾人两项补贴: commands the engine must turn away.</summary>
public sealed partial class DisabilitySubsidiesTests
{
    [Fact]
    public async Task DisabilitySubsidies_ReviewDecidedByVillageAssistant_IsForbidden()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();

        // When
        var result = await s.DecideAsync(TestActor.VillageAssistant, "approve");

        // Then
        result.AssertRejected(RejectionType.Forbidden);
    }

    [Fact]
    public async Task DisabilitySubsidies_ReviewRejectedWithoutComment_IsInvalidInputOnComment()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();

        // When
        var rejection = (await s.DecideAsync(TestActor.TownshipReviewer, "reject", "  ")).AssertRejected(RejectionType.InvalidInput);

        // Then
        Assert.Equal("comment", rejection.Field);
    }

    [Fact]
    public async Task DisabilitySubsidies_SameTaskDecidedTwice_SecondIsInvalidState()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        var review = s.OpenTask.TaskId;
        (await s.DecideAsync(review, TestActor.TownshipReviewer, "approve")).AssertAccepted();

        // When
        var again = await s.DecideAsync(review, TestActor.TownshipReviewer, "reject", "改变主意");

        // Then
        again.AssertRejected(RejectionType.InvalidState);
    }

    [Fact]
    public async Task DisabilitySubsidies_ReferralDecidedAsApprovalStep_IsInvalidState()
    {
        // Given
        var s = await AtReferralAsync();

        // When: someone records a post's decision on 区残联's referral
        var result = await s.DecideAsync(TestActor.DistrictApprover, "approve");

        // Then
        result.AssertRejected(RejectionType.InvalidState);
    }

    [Fact]
    public async Task DisabilitySubsidies_ReplyInTheNameOfAnotherDepartment_IsForbidden()
    {
        // Given
        var s = await AtReferralAsync();

        // When
        var result = await s.ReplyAsync(TestActor.EducationOfficer, "district-education", "approve");

        // Then
        result.AssertRejected(RejectionType.Forbidden);
    }

    [Fact]
    public async Task DisabilitySubsidies_ReplyByActorWhoDoesNotActForDpf_IsForbidden()
    {
        // Given: the reply names 区残联, but the actor acts only for 区教育局 (Actor.Departments)
        var s = await AtReferralAsync();

        // When
        var result = await s.ReplyAsync(TestActor.EducationOfficer, TestDepartments.DisabledPersonsFederation, "approve");

        // Then
        result.AssertRejected(RejectionType.Forbidden);
    }
}

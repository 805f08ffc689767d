using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Definitions.Tests;

/// <summary>低收入人口动态监测预警核查 (S-02, scenario 7 step 1): the village 协理员 verifies an alert.</summary>
public sealed class AlertVerificationTests
{
    private const string File = "alert-verification.v1.json";

    [Fact]
    public async Task AlertVerification_AssistantFindsNeed_EndsAssistForAProxyApplication()
    {
        // Given
        var s = DefinitionScenario.For(File);

        // When: the alert opens a verification task for the village 协理员 within three working days
        var task = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();
        (await s.DecideAsync(TestActor.VillageAssistant, "assist", "唯一照料人已去世，本人卧床，同意代为申请特困")).AssertAccepted();

        // Then
        Assert.Equal(new TaskAssignee("村协理员", "village", TestDivisions.Village, null, null), task.Assignee);
        Assert.Equal(["assist", "noNeed"], task.Outcomes);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 5)), task.DueAt);
        s.AssertFinishedWith("assist");
    }

    [Fact]
    public async Task AlertVerification_NoNeedWithoutFindings_IsRefusedThenEndsNoNeed()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();

        // When: closing an alert needs the findings
        var refused = (await s.DecideAsync(TestActor.VillageAssistant, "noNeed")).AssertRejected(RejectionType.InvalidInput);
        (await s.DecideAsync(TestActor.VillageAssistant, "noNeed", "医保自付费用已由商业保险报销")).AssertAccepted();

        // Then
        Assert.Equal("comment", refused.Field);
        s.AssertFinishedWith("noNeed");
    }

    [Fact]
    public async Task AlertVerification_OtherVillagesAssistant_IsForbidden()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        var other = new TestActor("liuyan", ["村协理员"], ["500113102002"], []);

        // When
        var rejection = (await s.DecideAsync(other, "assist", "同意")).AssertRejected(RejectionType.Forbidden);

        // Then
        Assert.NotNull(rejection.Message);
        Assert.NotEmpty(s.OpenTasks);
    }
}

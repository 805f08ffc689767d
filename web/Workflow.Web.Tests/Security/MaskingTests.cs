using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Security;

/// <summary>A personal number typed into an opinion is masked wherever a view shows it: the case, its tasks, its events.</summary>
public sealed class MaskingTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    [Fact]
    public async Task OpinionWithAPhoneAndAnIdNumber_IsMaskedInTheCaseAndItsEvents()
    {
        var client = factory.CreateClient();
        var instance = await client.StartCaseAsync();
        var id = (string)instance["instanceId"]!;
        const string comment = "已入户，户主电话13800138000，身份证500113198001010035";

        await client.PostJsonAsync(WebApi.Decision(id, instance.OpenTaskId("入户调查")), new { outcome = "approve", comment }, TestActor.VillageAssistant);
        var view = (await (await client.GetAsAsync($"/api/instances/{id}")).ReadJsonAsync()).ToJsonString();
        var events = (await (await client.GetAsAsync($"/api/instances/{id}/events")).ReadJsonAsync()).ToJsonString();

        foreach (var text in new[] { view, events })
        {
            Assert.DoesNotContain("13800138000", text, StringComparison.Ordinal);
            Assert.DoesNotContain("500113198001010035", text, StringComparison.Ordinal);
            Assert.Contains("138****8000", text, StringComparison.Ordinal);
        }
    }
}

using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

public sealed class AdminApiTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private static readonly TestActor Administrator = new("admin", ["系统管理员"], [TestDivisions.District], []);

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Audit_AfterCommands_ReportsIntactChain()
    {
        var instance = await _client.StartCaseAsync();
        var id = (string)instance["instanceId"]!;
        await _client.PostJsonAsync(WebApi.Decision(id, instance.OpenTaskId("入户调查")), new { outcome = "approve" }, TestActor.VillageAssistant);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/admin/audit?instanceId={id}");
        Administrator.ApplyTo(request.Headers);
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.True((bool)report["isIntact"]!);
        Assert.Equal(1, (long)report["instancesChecked"]!);
        Assert.True((long)report["eventsChecked"]! > 1);
    }

    [Fact]
    public async Task Audit_WithoutAdministratorPost_Returns403Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/audit");
        TestActor.TownshipReviewer.ApplyTo(request.Headers);

        var response = await _client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}

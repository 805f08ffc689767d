using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Operations;

public sealed class HealthTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Live_RunningHost_Returns200()
    {
        var response = await _client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (string?)(await response.ReadJsonAsync())["status"]);
    }

    [Fact]
    public async Task Ready_DatabaseAndBusUp_Returns200NamingBothChecks()
    {
        var response = await _client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await response.ReadJsonAsync())["checks"]!;
        Assert.Equal("Healthy", (string?)checks["database"]!["status"]);
        Assert.Equal("Healthy", (string?)checks["masstransit-bus"]!["status"]);
    }
}

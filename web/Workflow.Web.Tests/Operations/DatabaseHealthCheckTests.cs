using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Engine.Persistence;
using Workflow.Web.Operations;

namespace Workflow.Web.Tests.Operations;

public sealed class DatabaseHealthCheckTests
{
    [Fact]
    public async Task Check_DatabaseNotAnswering_IsUnhealthy()
    {
        // Port 1 on loopback refuses at once: a database that is down, without waiting for a timeout.
        await using var database = new WorkflowDatabase(new PersistenceOptions().UsePostgres("Host=127.0.0.1;Port=1;Timeout=2;Pooling=false"));
        var check = new DatabaseHealthCheck(database);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("postgres does not answer", result.Description);
    }
}

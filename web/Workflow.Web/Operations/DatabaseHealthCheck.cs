using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflow.Engine.Persistence;

namespace Workflow.Web.Operations;

/// <summary>Ready only when the database answers a query on a fresh pooled connection.</summary>
internal sealed class DatabaseHealthCheck(WorkflowDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.PingAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{database.Dialect.Name} answers");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception goes to the health log only; the endpoint shows the status and this text.
            return HealthCheckResult.Unhealthy($"{database.Dialect.Name} does not answer", e);
        }
    }
}

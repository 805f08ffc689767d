using Microsoft.Extensions.Options;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Hosting.Demo;

/// <summary>Lists the demo accounts and starts the sample cases whose definitions are published.</summary>
internal sealed class DemoDataSeeder(IOptions<WorkflowHostOptions> options, WorkflowExecutor executor, ILogger<DemoDataSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DemoData)
        {
            return;
        }
        HostLog.DemoAccountsHeader(logger);
        foreach (var account in DemoData.Accounts)
        {
            HostLog.DemoAccount(logger, account.Role, account.DisplayName, account.Headers());
        }
        foreach (var demo in DemoData.Cases)
        {
            var command = new StartInstance(demo.InstanceId, demo.DefinitionId, null, demo.Input());
            var result = await executor.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
            switch (result.Rejection)
            {
                case null:
                    HostLog.DemoCaseStarted(logger, demo.InstanceId, demo.DefinitionId, demo.ApplicantName);
                    break;
                case { Type: RejectionType.NotFound }:
                    HostLog.DemoCaseSkipped(logger, demo.InstanceId, demo.DefinitionId);
                    break;
                default:
                    HostLog.DemoCaseRejected(logger, demo.InstanceId, result.Rejection.ToString());
                    break;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

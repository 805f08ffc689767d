using Microsoft.Extensions.Options;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Operations;

namespace Workflow.Web.Hosting.Demo;

/// <summary>
/// Lists the demo accounts and, when the database holds no case yet, starts the sample cases whose definitions are
/// published. A restart on the same database therefore adds nothing.
/// </summary>
internal sealed class DemoDataSeeder(
    IOptions<WorkflowHostOptions> options,
    IInstanceQueries instances,
    CommandRunner commands,
    ILogger<DemoDataSeeder> logger) : IHostedService
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
            HostLog.DemoAccount(logger, account.Role, account.Headers());
        }
        if ((await instances.ListAsync(1, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            HostLog.DemoCasesPresent(logger);
            return;
        }
        foreach (var demo in DemoData.Cases)
        {
            var command = new StartInstance(demo.InstanceId, demo.DefinitionId, null, demo.Input());
            var result = await commands.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
            switch (result.Rejection)
            {
                case null:
                    HostLog.DemoCaseStarted(logger, demo.InstanceId, demo.DefinitionId);
                    break;
                case { Type: RejectionType.NotFound }:
                    HostLog.DemoCaseSkipped(logger, demo.InstanceId, demo.DefinitionId);
                    break;
                default:
                    HostLog.DemoCaseRejected(logger, demo.InstanceId, result.Rejection.Type.ToString());
                    break;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.Options;
using Workflow.Web.Hosting;
using Workflow.Engine.Persistence.Accounts;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Accounts;

/// <summary>
/// Outside demo mode no account has a known password. On a database with no account at all, this prints a one-time
/// token at start; <c>/setup</c> takes it to create the first administrator, who then creates everyone else's
/// account with a temporary password that must be changed at first sign-in. Runs after the schema migration.
/// </summary>
internal sealed class FirstAdministratorSetup(
    IOptions<WorkflowHostOptions> options, IAccountStore store, SetupToken token, ILogger<FirstAdministratorSetup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DemoData || await store.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        AccountsLog.SetupTokenIssued(logger, token.Issue());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.Options;
using Workflow.Web.Hosting;
using Workflow.Web.Hosting.Demo;
using Workflow.Engine.Persistence.Accounts;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Accounts;

/// <summary>
/// In demo mode only, and only on a database with no account yet, adds a sign-in account for every
/// <see cref="DemoData.Accounts"/> entry (login name = user id, password <see cref="DemoPassword"/>) and announces them.
/// An account deleted later is not made again. Runs after the schema migration, which is registered before it.
/// </summary>
internal sealed class DemoAccountSeeder(
    IOptions<WorkflowHostOptions> options,
    IAccountStore store,
    AccountService accounts,
    ILogger<DemoAccountSeeder> logger) : IHostedService
{
    public const string DemoPassword = "Demo@2026";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DemoData)
        {
            return;
        }
        AccountsLog.DemoSignInHeader(logger, DemoPassword);
        var fresh = !await store.AnyAsync(cancellationToken).ConfigureAwait(false);
        foreach (var demo in DemoData.Accounts)
        {
            if (fresh)
            {
                var account = accounts.Create(demo.UserId, demo.UserId, demo.DisplayName, demo.Role, DemoPassword, demo.Posts, demo.Divisions, demo.Departments);
                await store.AddIfMissingAsync(account, cancellationToken).ConfigureAwait(false);
            }
            AccountsLog.DemoSignIn(logger, demo.Role, demo.DisplayName, demo.UserId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Microsoft.Extensions.Options;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Engine.Hosting;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Hosting;
using Workflow.Web.Hosting.Demo;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Casework;

/// <summary>
/// Loads the organisation and the routing rules into <see cref="CaseworkDirectory"/> before the engine serves, storing
/// the demo ones first on a database that has none (when demo data is on), then looks every
/// <see cref="WorkflowHostOptions.SyncInterval"/> for a newer version saved by another host.
/// </summary>
public sealed class CaseworkLoader(
    CaseworkStore store,
    CaseworkDirectory directory,
    Workflow.Casework.Application.Cover.DeputyService deputies,
    IOptions<CaseworkOptions> options,
    IOptions<WorkflowHostOptions> host,
    TimeProvider time,
    ILogger<CaseworkLoader> logger) : PeriodicWorker(time)
{
    protected override TimeSpan Interval => host.Value.SyncInterval;

    protected override bool Enabled => true;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SeedDemoOrganisation || host.Value.DemoData)
        {
            await SeedAsync(CaseworkDocuments.Organisation, () => OrganisationJson.Write(DemoOrganisation.Build()), cancellationToken).ConfigureAwait(false);
            await SeedAsync(CaseworkDocuments.RoutingRules, () => RoutingRulesJson.Write(DemoRoutingRules.Build()), cancellationToken).ConfigureAwait(false);
        }
        // Once per database: bodies stored when flags were sentences get their codes.
        if (await new FlagCodeMigration(store, Time).RunAsync(cancellationToken).ConfigureAwait(false) is > 0 and var rewritten)
        {
            CaseworkHostLog.FlagCodesMigrated(logger, rewritten);
        }
        await RunRoundAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        if (await store.GetDocumentAsync(CaseworkDocuments.Organisation, cancellationToken).ConfigureAwait(false) is { } org
            && org.Version != directory.OrganisationVersion
            && OrganisationJson.Read(org.Body).Value is { } organisation)
        {
            directory.Use(organisation, org.Version);
        }
        if (await store.GetDocumentAsync(CaseworkDocuments.RoutingRules, cancellationToken).ConfigureAwait(false) is { } rules
            && rules.Version != directory.RoutingVersion
            && RoutingRulesJson.Read(rules.Body, ServiceCatalogue.Builtin).Value is { } routing)
        {
            directory.Use(routing, rules.Version);
        }
        // Leave cover (代理) set on another host, or starting or ending today.
        await deputies.RefreshAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SeedAsync(string name, Func<string> body, CancellationToken cancellationToken)
    {
        if (await store.GetDocumentAsync(name, cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }
        var audit = new CaseworkAuditEntry(Guid.NewGuid().ToString("N"), Time.GetUtcNow(), "system", "document.seed", "document", name, "{}");
        if (await store.SaveDocumentAsync(name, 0, body(), audit, cancellationToken).ConfigureAwait(false) is { } version)
        {
            CaseworkHostLog.SeededDocument(logger, name, version);
        }
    }

    protected override void OnRoundFailed(Exception exception) => CaseworkHostLog.RefreshFailed(logger, exception);

    protected override void OnDisabled()
    {
    }
}

using Microsoft.Extensions.Options;
using Workflow.Engine.Hosting;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.Validation;
using Workflow.Web.Hosting;
using Workflow.Engine.Persistence.DefinitionDocuments;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Definitions;

/// <summary>
/// Keeps the catalog in step with the database, the truth for every host. At start-up, after the definitions folder
/// (registered earlier), it adds every version published in the app, so a version published on the pages survives a
/// restart and cases started on it can go on. Then, every <see cref="WorkflowHostOptions.SyncInterval"/>, it adds the
/// versions another host published meanwhile, so a case started anywhere can use them within seconds, no restart.
/// </summary>
internal sealed class PublishedDefinitionLoader(
    DefinitionDocumentStore store,
    InMemoryDefinitionCatalog catalog,
    IOptions<WorkflowHostOptions> options,
    TimeProvider time,
    ILogger<PublishedDefinitionLoader> logger) : PeriodicWorker(time)
{
    /// <summary>Versions found invalid: reported once, not at every interval.</summary>
    private readonly HashSet<(string DefinitionId, int Version)> _rejected = [];

    protected override TimeSpan Interval => options.Value.SyncInterval;

    protected override bool Enabled => true;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        DefinitionsLog.VersionsLoaded(logger, await LoadAsync(announce: false, cancellationToken).ConfigureAwait(false));
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => LoadAsync(announce: true, cancellationToken);

    protected override void OnRoundFailed(Exception exception) => DefinitionsLog.SyncFailed(logger, exception);

    protected override void OnDisabled()
    {
    }

    /// <summary>Adds the published versions the catalog does not hold yet; returns how many.</summary>
    private async Task<int> LoadAsync(bool announce, CancellationToken cancellationToken)
    {
        var loaded = 0;
        foreach (var document in await store.ListAsync(cancellationToken, publishedOnly: true).ConfigureAwait(false))
        {
            if (catalog.Find(document.DefinitionId, document.Version)?.Version == document.Version
                || _rejected.Contains((document.DefinitionId, document.Version)))
            {
                continue;
            }
            var read = DefinitionReader.Read(document.Json);
            if (!read.IsValid)
            {
                // An engine upgrade can tighten validation; one stale version must not keep the host down.
                _rejected.Add((document.DefinitionId, document.Version));
                DefinitionsLog.VersionRejected(logger, document.DefinitionId, document.Version,
                    string.Join("; ", read.Errors.Where(e => e.Severity == ErrorSeverity.Error).Select(e => $"{e.Path}: {e.Message}")));
                continue;
            }
            catalog.Publish(read.Definition!);
            loaded++;
            if (announce)
            {
                DefinitionsLog.VersionArrived(logger, document.DefinitionId, document.Version);
            }
        }
        return loaded;
    }
}

using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.Validation;

namespace Workflow.Web.Definitions;

/// <summary>
/// At start-up, after the definitions folder (registered earlier), adds every version published in the app to the
/// catalog, so a version published on the pages survives a restart and cases started on it can go on.
/// </summary>
internal sealed class PublishedDefinitionLoader(
    DefinitionDocumentStore store,
    InMemoryDefinitionCatalog catalog,
    ILogger<PublishedDefinitionLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var loaded = 0;
        foreach (var document in await store.ListAsync(cancellationToken, publishedOnly: true).ConfigureAwait(false))
        {
            var read = DefinitionReader.Read(document.Json);
            if (!read.IsValid)
            {
                // An engine upgrade can tighten validation; one stale version must not keep the host down.
                DefinitionsLog.VersionRejected(logger, document.DefinitionId, document.Version,
                    string.Join("; ", read.Errors.Where(e => e.Severity == ErrorSeverity.Error).Select(e => $"{e.Path}: {e.Message}")));
                continue;
            }
            catalog.Publish(read.Definition!);
            loaded++;
        }
        DefinitionsLog.VersionsLoaded(logger, loaded);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

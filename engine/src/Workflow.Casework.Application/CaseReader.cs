using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application;

/// <summary>
/// A case as committed, read from the store's snapshot (never by replaying its log), and which definitions are
/// published: what the casework services need of the engine's read side.
/// </summary>
public sealed class CaseReader(IInstanceStore store, IDefinitionCatalog catalog)
{
    public async Task<InstanceView?> InstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        await store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } state ? InstanceView.From(state) : null;

    public bool IsPublished(string definitionId) => catalog.All().Any(d => d.DefinitionId == definitionId);
}

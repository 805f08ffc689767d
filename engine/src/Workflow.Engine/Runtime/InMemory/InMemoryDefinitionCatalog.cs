using System.Collections.Frozen;
using Workflow.Engine.Definitions;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Runtime.InMemory;

/// <summary>
/// Published definitions held in memory, by definition id and version. Reads take no lock: every command looks a
/// definition up, while publishing is rare, so publishing swaps in a new immutable snapshot.
/// </summary>
public sealed class InMemoryDefinitionCatalog : IDefinitionCatalog
{
    private readonly object _writeLock = new();
    private FrozenDictionary<string, WorkflowDefinition[]> _byId = FrozenDictionary<string, WorkflowDefinition[]>.Empty;

    public void Publish(WorkflowDefinition definition)
    {
        lock (_writeLock)
        {
            var next = _byId.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            var versions = next.GetValueOrDefault(definition.DefinitionId) ?? [];
            next[definition.DefinitionId] = versions.Where(v => v.Version != definition.Version).Append(definition).OrderBy(v => v.Version).ToArray();
            _byId = next.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    public WorkflowDefinition? Find(string definitionId, int? version)
    {
        if (!_byId.TryGetValue(definitionId, out var versions) || versions.Length == 0)
        {
            return null;
        }
        if (version is not { } wanted)
        {
            return versions[^1];
        }
        foreach (var v in versions)
        {
            if (v.Version == wanted)
            {
                return v;
            }
        }
        return null;
    }

    public IReadOnlyList<WorkflowDefinition> All() => _byId.Values.SelectMany(v => v).ToList();
}

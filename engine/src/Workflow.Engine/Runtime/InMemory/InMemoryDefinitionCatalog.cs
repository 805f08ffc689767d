using System.Collections.Concurrent;
using Workflow.Engine.Definitions;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Runtime.InMemory;

/// <summary>Published definitions held in memory, by definition id and version.</summary>
public sealed class InMemoryDefinitionCatalog : IDefinitionCatalog
{
    private readonly ConcurrentDictionary<string, SortedDictionary<int, WorkflowDefinition>> _byId = new(StringComparer.Ordinal);

    public void Publish(WorkflowDefinition definition)
    {
        var versions = _byId.GetOrAdd(definition.DefinitionId, _ => []);
        lock (versions)
        {
            versions[definition.Version] = definition;
        }
    }

    public WorkflowDefinition? Find(string definitionId, int? version)
    {
        if (!_byId.TryGetValue(definitionId, out var versions))
        {
            return null;
        }
        lock (versions)
        {
            if (version is { } v)
            {
                return versions.GetValueOrDefault(v);
            }
            return versions.Count == 0 ? null : versions.Values.Last();
        }
    }

    public IReadOnlyList<WorkflowDefinition> All()
    {
        var all = new List<WorkflowDefinition>();
        foreach (var versions in _byId.Values)
        {
            lock (versions)
            {
                all.AddRange(versions.Values);
            }
        }
        return all;
    }
}

using System.Text.Json.Nodes;

namespace Workflow.Engine.Definitions;

/// <summary>A parsed Elsa 3 workflow definition: the executable graph plus the document it came from.</summary>
public sealed class WorkflowDefinition
{
    /// <summary>The version id (Elsa's <c>id</c>), opaque.</summary>
    public required string Id { get; init; }

    /// <summary>The logical id shared by all versions.</summary>
    public required string DefinitionId { get; init; }

    public string? Name { get; init; }

    public int Version { get; init; }

    public required IReadOnlyList<VariableDefinition> Variables { get; init; }

    /// <summary>The root activity, normally an <c>Elsa.Flowchart</c>.</summary>
    public required ActivityNode Root { get; init; }

    /// <summary>The document as read. Exports start from it so that fields we do not interpret survive.</summary>
    public required JsonObject Document { get; init; }

    /// <summary>The workflow-level log persistence default from <c>customProperties.logPersistenceMode</c>.</summary>
    public LogPersistenceMode LogPersistence { get; init; } = LogPersistenceMode.Inherit;

    /// <summary>The whole-case limit in working days, from <c>customProperties.caseTimeLimit</c>; null for none.</summary>
    public int? CaseTimeLimit { get; init; }

    /// <summary>Every activity in the graph, nested ones included, keyed by node id.</summary>
    public required IReadOnlyDictionary<string, ActivityNode> NodesById { get; init; }
}

namespace Workflow.Engine.Definitions;

/// <summary>The graph inside an <c>Elsa.Flowchart</c> activity, with adjacency computed once at load.</summary>
public sealed class Flowchart
{
    public required ActivityNode Owner { get; init; }

    public required IReadOnlyList<ActivityNode> Activities { get; init; }

    public required IReadOnlyList<Connection> Connections { get; init; }

    /// <summary>The node Elsa would start from; null only for an empty flowchart.</summary>
    public ActivityNode? Start { get; set; }

    /// <summary>Outbound connections per activity id, in file order (sibling branches run in that order).</summary>
    public required IReadOnlyDictionary<string, Connection[]> Outbound { get; init; }

    /// <summary>Inbound connections per activity id, in file order.</summary>
    public required IReadOnlyDictionary<string, Connection[]> Inbound { get; init; }

    public string JsonPath => Owner.JsonPath;

    private static readonly Connection[] None = [];

    public Connection[] OutboundOf(string activityId) => Outbound.TryGetValue(activityId, out var c) ? c : None;

    public Connection[] InboundOf(string activityId) => Inbound.TryGetValue(activityId, out var c) ? c : None;
}

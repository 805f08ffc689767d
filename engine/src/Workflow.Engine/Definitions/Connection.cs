namespace Workflow.Engine.Definitions;

/// <summary>A directed edge from an outcome port of one activity to the input port of another.</summary>
public sealed record Connection(string SourceId, string SourcePort, string TargetId, string TargetPort, string JsonPath)
{
    /// <summary>The position of this edge among its target's inbound edges, used to track join arrivals.</summary>
    public int InboundIndex { get; set; }

    public ActivityNode? Source { get; set; }

    public ActivityNode? Target { get; set; }
}

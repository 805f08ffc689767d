using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Events;

/// <summary>An activity completed with these outcomes. <paramref name="Inputs"/> holds only the inputs its log persistence mode keeps.</summary>
public sealed record ActivityExecuted(
    string ScopeId,
    string NodeId,
    string ActivityType,
    IReadOnlyList<string> Outcomes,
    IReadOnlyDictionary<string, JsonNode?>? Inputs,
    DateTimeOffset At) : WorkflowEvent;

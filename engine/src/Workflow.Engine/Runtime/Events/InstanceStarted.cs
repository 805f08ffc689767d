using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Events;

/// <summary>A case began on a pinned definition version, with its input and initial variables.</summary>
public sealed record InstanceStarted(
    string InstanceId,
    string DefinitionId,
    string DefinitionVersionId,
    int DefinitionVersion,
    JsonObject? Input,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    DateTimeOffset At) : WorkflowEvent;

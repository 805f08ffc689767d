using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Events;

/// <summary>A variable changed. A null scope means a workflow-level variable.</summary>
public sealed record VariableSet(string? ScopeId, string Name, JsonNode? Value) : WorkflowEvent;

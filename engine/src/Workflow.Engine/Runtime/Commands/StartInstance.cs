using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Commands;

/// <summary>Start a new case on the given definition version.</summary>
public sealed record StartInstance(string InstanceId, string DefinitionId, int? Version, JsonObject? Input) : WorkflowCommand(InstanceId);

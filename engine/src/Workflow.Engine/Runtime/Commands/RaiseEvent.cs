using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Commands;

/// <summary>Deliver a named event (<c>Elsa.Event</c>) to every bookmark waiting for that name.</summary>
public sealed record RaiseEvent(string InstanceId, string EventName, JsonNode? Payload = null) : WorkflowCommand(InstanceId);

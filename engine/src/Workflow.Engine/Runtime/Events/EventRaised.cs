using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Events;

/// <summary>A named event or a manual resume reached a waiting bookmark.</summary>
public sealed record EventRaised(string BookmarkId, string? Name, JsonNode? Payload, DateTimeOffset At) : WorkflowEvent;

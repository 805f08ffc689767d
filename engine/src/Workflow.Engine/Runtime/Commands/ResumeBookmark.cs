using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Commands;

/// <summary>
/// Resume one bookmark directly, whatever it waits for: what Elsa's "run until end" test helper does.
/// A task resumed this way takes its first outcome.
/// </summary>
public sealed record ResumeBookmark(string InstanceId, string BookmarkId, JsonNode? Payload = null) : WorkflowCommand(InstanceId);

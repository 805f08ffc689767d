using System.Text.Json.Nodes;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>What arrived at a bookmark: an outcome (a decision, a reply, an objection) and an optional payload.</summary>
public sealed record ResumeSignal(BookmarkState Bookmark, string? Outcome, JsonNode? Payload, TaskState? Task = null);

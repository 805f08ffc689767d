namespace Workflow.Engine.Runtime.Events;

/// <summary>A bookmark was used or discarded.</summary>
public sealed record BookmarkRemoved(string BookmarkId, string Reason) : WorkflowEvent;

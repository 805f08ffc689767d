namespace Workflow.Casework;

/// <summary>One level that handles an item: which post acts there and the task title it sees.</summary>
public sealed record RoutingLevel(string Level, string Post, string Title);

namespace Workflow.Engine.Runtime.Pipeline;

/// <summary>A command that reached the store: how the commit ended and how long the store took.</summary>
public readonly record struct CommitAttempt(CommitOutcome Outcome, TimeSpan Duration);

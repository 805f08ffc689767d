namespace Workflow.Engine.Runtime.Commands;

/// <summary>Register an objection to a public notice (公示) that is still running.</summary>
public sealed record RecordObjection(string InstanceId, string BookmarkId, Actor Actor, string Text) : WorkflowCommand(InstanceId), IActorCommand;

namespace Workflow.Engine.Runtime.Commands;

/// <summary>民主评议: record the meeting (attendees, votes, minutes) on the task as evidence.</summary>
public sealed record RecordDeliberation(string InstanceId, string TaskId, Actor Actor, IReadOnlyList<string> Attendees, int VotesFor, int VotesAgainst, int Abstentions, string Minutes) : WorkflowCommand(InstanceId), IActorCommand;

namespace Workflow.Engine.Runtime.Events;

/// <summary>民主评议: who attended, how they voted and the minutes, kept on the task as evidence.</summary>
public sealed record DeliberationRecorded(
    string TaskId,
    string ActorId,
    IReadOnlyList<string> Attendees,
    int VotesFor,
    int VotesAgainst,
    int Abstentions,
    string Minutes,
    DateTimeOffset At) : WorkflowEvent;

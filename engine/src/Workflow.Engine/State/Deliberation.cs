namespace Workflow.Engine.State;

/// <summary>A 民主评议 kept on its task as evidence.</summary>
public sealed record Deliberation(
    string ActorId,
    IReadOnlyList<string> Attendees,
    int VotesFor,
    int VotesAgainst,
    int Abstentions,
    string Minutes,
    DateTimeOffset At);

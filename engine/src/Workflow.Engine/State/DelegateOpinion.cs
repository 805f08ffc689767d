namespace Workflow.Engine.State;

/// <summary>What a delegate (委派) said before the task went back to the delegator.</summary>
public sealed record DelegateOpinion(string UserId, string Outcome, string? Comment, DateTimeOffset At);

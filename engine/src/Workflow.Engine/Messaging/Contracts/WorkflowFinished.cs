namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// A case (instance) finished: published from the outbox once per instance, so what follows a decision outside the
/// engine — the benefits ledger's grant, a 12345 ticket's closing, the window's 出件 — happens even after a crash.
/// </summary>
/// <param name="SubStatus">
/// How it finished: <c>Finished</c>, <c>Cancelled</c> or <c>Faulted</c>, or a hand-made end (<c>Withdrawn</c>,
/// <c>Terminated</c>, <c>ClosedForMissingMaterial</c>); the name of <see cref="Runtime.Events.WorkflowSubStatus"/>.
/// </param>
/// <param name="Result">The definition's <c>result</c> variable when it has one, e.g. <c>approved</c>.</param>
public sealed record WorkflowFinished(
    string InstanceId,
    string DefinitionId,
    int DefinitionVersion,
    string SubStatus,
    string? Result,
    DateTimeOffset At);

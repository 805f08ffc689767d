using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Ports;

/// <summary>
/// Everything one command changes, committed together or not at all: the events, the state they produce (whose
/// tasks and timers become rows), the outbox messages, and the request key that makes a retry safe.
/// </summary>
public sealed record InstanceCommit(
    InstanceState State,
    long ExpectedVersion,
    IReadOnlyList<WorkflowEvent> Events,
    IReadOnlyList<OutboxMessage> Outbox,
    string? RequestKey,
    string CommandType);

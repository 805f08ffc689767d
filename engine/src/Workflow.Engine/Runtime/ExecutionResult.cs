using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>What a command produced: the events it committed, or the rejection that stopped it.</summary>
public sealed record ExecutionResult(IReadOnlyList<WorkflowEvent> Events, Rejection? Rejection, IInstanceView? Instance)
{
    public bool IsAccepted => Rejection is null;

    /// <summary>The command's request key had already committed: these are the first run's events, nothing ran again.</summary>
    public bool IsRepeat { get; init; }

    public static ExecutionResult Accepted(IReadOnlyList<WorkflowEvent> events, IInstanceView instance) => new(events, null, instance);

    public static ExecutionResult Rejected(Rejection rejection) => new([], rejection, null);
}

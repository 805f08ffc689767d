namespace Workflow.Engine.Runtime.Events;

/// <summary>Elsa's sub-status. <c>Running</c> covers Executing and Suspended; <c>Finished</c> covers the rest.</summary>
public enum WorkflowSubStatus
{
    Executing,
    Suspended,
    Finished,
    Cancelled,
    Faulted,
}

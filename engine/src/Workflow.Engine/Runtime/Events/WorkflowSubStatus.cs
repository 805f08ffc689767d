namespace Workflow.Engine.Runtime.Events;

/// <summary>Elsa's sub-status. <c>Running</c> covers Executing and Suspended; <c>Finished</c> covers the rest.</summary>
public enum WorkflowSubStatus
{
    Executing,
    Suspended,
    Finished,
    Cancelled,
    Faulted,

    /// <summary>撤销: the applicant or the window withdrew the application.</summary>
    Withdrawn,

    /// <summary>终止: an officer ended the case.</summary>
    Terminated,

    /// <summary>补正期限届满未补齐: the case closed itself when the supplement period ran out.</summary>
    ClosedForMissingMaterial,
}

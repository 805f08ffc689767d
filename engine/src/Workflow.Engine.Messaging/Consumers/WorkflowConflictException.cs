namespace Workflow.Engine.Messaging.Consumers;

/// <summary>
/// Thrown by a consumer when its command lost a version race, so the endpoint's retry runs it again on fresh state
/// instead of acknowledging a message whose effect never happened.
/// </summary>
public sealed class WorkflowConflictException : Exception
{
    public WorkflowConflictException()
    {
    }

    public WorkflowConflictException(string message)
        : base(message)
    {
    }

    public WorkflowConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

namespace Workflow.Engine.State;

/// <summary>The life of a task row.</summary>
public enum TaskLifecycle
{
    Open,
    Completed,
    Cancelled,
}

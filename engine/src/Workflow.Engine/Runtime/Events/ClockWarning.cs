namespace Workflow.Engine.Runtime.Events;

/// <summary>Yellow: the limit is near. Red: the limit has passed.</summary>
public enum ClockWarning
{
    Yellow,
    Red,
}

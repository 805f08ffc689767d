namespace Workflow.Engine.Runtime.Events;

/// <summary>What a bookmark waits for.</summary>
public enum BookmarkKind
{
    Task,
    Timer,
    Event,
    Notice,
}

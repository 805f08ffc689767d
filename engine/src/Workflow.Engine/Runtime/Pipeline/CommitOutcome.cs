namespace Workflow.Engine.Runtime.Pipeline;

/// <summary>How the store answered a commit.</summary>
public enum CommitOutcome
{
    /// <summary>The events, snapshot, timers and outbox rows were written.</summary>
    Committed,

    /// <summary>Another command changed the instance first (the version check failed).</summary>
    Conflict,

    /// <summary>The store threw (the database is down, a disk is full): nothing was written.</summary>
    Failed,
}

namespace Workflow.Engine.Hosting.Timers;

/// <summary>What firing one timer came to.</summary>
public enum TimerFireOutcome
{
    /// <summary>The timer fired and its command committed.</summary>
    Fired,

    /// <summary>Another host (or an earlier delivery) already fired it; nothing ran again.</summary>
    Repeat,

    /// <summary>The instance no longer holds the timer (or it is not yet due there): nothing to do.</summary>
    Stale,

    /// <summary>Another command changed the instance first; firing again will do.</summary>
    Conflict,

    /// <summary>Refused for another reason, which is logged.</summary>
    Rejected,

    /// <summary>Refused too often: set aside as a dead letter for an administrator to retry.</summary>
    Parked,
}

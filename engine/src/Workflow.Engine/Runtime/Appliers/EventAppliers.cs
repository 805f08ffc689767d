using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

/// <summary>
/// The registry of appliers: the only code that changes <see cref="InstanceState"/>. Replaying an instance's events
/// through <see cref="Apply"/> rebuilds exactly the live state.
/// </summary>
public static class EventAppliers
{
    public static void Apply(InstanceState state, WorkflowEvent e)
    {
        switch (e)
        {
            case InstanceStarted x: InstanceStartedApplier.Apply(state, x); break;
            case ScopeOpened x: ScopeOpenedApplier.Apply(state, x); break;
            case ScopeClosed x: ScopeClosedApplier.Apply(state, x); break;
            case ContainerOpened x: ContainerOpenedApplier.Apply(state, x); break;
            case ActivityExecuted x: ActivityExecutedApplier.Apply(state, x); break;
            case LineWritten x: LineWrittenApplier.Apply(state, x); break;
            case VariableSet x: VariableSetApplier.Apply(state, x); break;
            case JoinArrived x: JoinArrivedApplier.Apply(state, x); break;
            case JoinCleared x: JoinClearedApplier.Apply(state, x); break;
            case BookmarkCreated x: BookmarkCreatedApplier.Apply(state, x); break;
            case BookmarkRemoved x: BookmarkRemovedApplier.Apply(state, x); break;
            case TimerScheduled x: TimerScheduledApplier.Apply(state, x); break;
            case TimerCancelled x: TimerCancelledApplier.Apply(state, x); break;
            case TimerFired x: TimerFiredApplier.Apply(state, x); break;
            case TaskOpened x: TaskOpenedApplier.Apply(state, x); break;
            case DecisionRecorded x: DecisionRecordedApplier.Apply(state, x); break;
            case DepartmentReplied x: DepartmentRepliedApplier.Apply(state, x); break;
            case TaskCancelled x: TaskCancelledApplier.Apply(state, x); break;
            case ChainStarted x: ChainStartedApplier.Apply(state, x); break;
            case ChainEnded x: ChainEndedApplier.Apply(state, x); break;
            case FollowUpScheduled x: FollowUpScheduledApplier.Apply(state, x); break;
            case FollowUpVisited x: FollowUpVisitedApplier.Apply(state, x); break;
            case IncidentRecorded x: IncidentRecordedApplier.Apply(state, x); break;
            case InstanceFinished x: InstanceFinishedApplier.Apply(state, x); break;
            case ClockStarted x: ClockStartedApplier.Apply(state, x); break;
            case ClockPaused x: ClockPausedApplier.Apply(state, x); break;
            case ClockResumed x: ClockResumedApplier.Apply(state, x); break;
            case DeadlineExtended x: DeadlineExtendedApplier.Apply(state, x); break;
            case ClockWarningRaised x: ClockWarningRaisedApplier.Apply(state, x); break;
            case ClockStopped x: ClockStoppedApplier.Apply(state, x); break;
            case TaskClaimed x: TaskClaimedApplier.Apply(state, x); break;
            case TaskReleased x: TaskReleasedApplier.Apply(state, x); break;
            case CoverEnded x: CoverEndedApplier.Apply(state, x); break;
            case TaskTransferred x: TaskTransferredApplier.Apply(state, x); break;
            case TaskDelegated x: TaskDelegatedApplier.Apply(state, x); break;
            case DelegateAnswered x: DelegateAnsweredApplier.Apply(state, x); break;
            case SignerAnswered x: SignerAnsweredApplier.Apply(state, x); break;
            case SignerAdded x: SignerAddedApplier.Apply(state, x); break;
            case SignerRemoved x: SignerRemovedApplier.Apply(state, x); break;
            case SupplementRequested x: SupplementRequestedApplier.Apply(state, x); break;
            case SupplementSupplied x: SupplementSuppliedApplier.Apply(state, x); break;
            case TaskWithdrawn x: TaskWithdrawnApplier.Apply(state, x); break;
            case TaskCopied x: TaskCopiedApplier.Apply(state, x); break;
            case DeliberationRecorded x: DeliberationRecordedApplier.Apply(state, x); break;
            case ObjectionRecorded or EventRaised:
                break; // history only: the resume that follows carries the state change
            case TaskUrged or TaskSupervised:
                break; // history only: the audit and the outbox notification are their whole effect
            default:
                throw new InvalidOperationException($"No applier is registered for event type '{e.GetType().Name}'.");
        }
        state.Version++;
        if (TimeOf(e) is { } at)
        {
            state.UpdatedAt = at;
        }
    }

    private static DateTimeOffset? TimeOf(WorkflowEvent e) => e switch
    {
        InstanceStarted x => x.At,
        ActivityExecuted x => x.At,
        TaskOpened x => x.At,
        DecisionRecorded x => x.At,
        DepartmentReplied x => x.At,
        TimerFired x => x.At,
        EventRaised x => x.At,
        ObjectionRecorded x => x.At,
        IncidentRecorded x => x.At,
        InstanceFinished x => x.At,
        ClockStarted x => x.At,
        ClockPaused x => x.At,
        ClockResumed x => x.At,
        DeadlineExtended x => x.At,
        ClockWarningRaised x => x.At,
        TaskClaimed x => x.At,
        TaskReleased x => x.At,
        CoverEnded x => x.At,
        TaskTransferred x => x.At,
        TaskDelegated x => x.At,
        DelegateAnswered x => x.At,
        SignerAnswered x => x.At,
        SignerAdded x => x.At,
        SignerRemoved x => x.At,
        SupplementRequested x => x.At,
        SupplementSupplied x => x.At,
        TaskWithdrawn x => x.At,
        TaskCopied x => x.At,
        DeliberationRecorded x => x.At,
        TaskUrged x => x.At,
        TaskSupervised x => x.At,
        _ => null,
    };

    /// <summary>Rebuilds an instance from its full event list.</summary>
    public static InstanceState Replay(IEnumerable<WorkflowEvent> events)
    {
        var state = new InstanceState();
        foreach (var e in events)
        {
            Apply(state, e);
        }
        return state;
    }
}

using System.Text.Json.Serialization;

namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// Something that happened to one instance. Events are the only record of history; appliers turn them into state.
/// The discriminator table is closed: a stored event can only ever become one of these types.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$event")]
[JsonDerivedType(typeof(InstanceStarted), nameof(InstanceStarted))]
[JsonDerivedType(typeof(ScopeOpened), nameof(ScopeOpened))]
[JsonDerivedType(typeof(ScopeClosed), nameof(ScopeClosed))]
[JsonDerivedType(typeof(ActivityExecuted), nameof(ActivityExecuted))]
[JsonDerivedType(typeof(LineWritten), nameof(LineWritten))]
[JsonDerivedType(typeof(VariableSet), nameof(VariableSet))]
[JsonDerivedType(typeof(JoinArrived), nameof(JoinArrived))]
[JsonDerivedType(typeof(JoinCleared), nameof(JoinCleared))]
[JsonDerivedType(typeof(BookmarkCreated), nameof(BookmarkCreated))]
[JsonDerivedType(typeof(BookmarkRemoved), nameof(BookmarkRemoved))]
[JsonDerivedType(typeof(TimerScheduled), nameof(TimerScheduled))]
[JsonDerivedType(typeof(TimerCancelled), nameof(TimerCancelled))]
[JsonDerivedType(typeof(TimerFired), nameof(TimerFired))]
[JsonDerivedType(typeof(TaskOpened), nameof(TaskOpened))]
[JsonDerivedType(typeof(DecisionRecorded), nameof(DecisionRecorded))]
[JsonDerivedType(typeof(DepartmentReplied), nameof(DepartmentReplied))]
[JsonDerivedType(typeof(TaskCancelled), nameof(TaskCancelled))]
[JsonDerivedType(typeof(ChainStarted), nameof(ChainStarted))]
[JsonDerivedType(typeof(ChainEnded), nameof(ChainEnded))]
[JsonDerivedType(typeof(ObjectionRecorded), nameof(ObjectionRecorded))]
[JsonDerivedType(typeof(EventRaised), nameof(EventRaised))]
[JsonDerivedType(typeof(ContainerOpened), nameof(ContainerOpened))]
[JsonDerivedType(typeof(IncidentRecorded), nameof(IncidentRecorded))]
[JsonDerivedType(typeof(InstanceFinished), nameof(InstanceFinished))]
[JsonDerivedType(typeof(ClockStarted), nameof(ClockStarted))]
[JsonDerivedType(typeof(ClockPaused), nameof(ClockPaused))]
[JsonDerivedType(typeof(ClockResumed), nameof(ClockResumed))]
[JsonDerivedType(typeof(DeadlineExtended), nameof(DeadlineExtended))]
[JsonDerivedType(typeof(ClockWarningRaised), nameof(ClockWarningRaised))]
[JsonDerivedType(typeof(ClockStopped), nameof(ClockStopped))]
public abstract record WorkflowEvent;

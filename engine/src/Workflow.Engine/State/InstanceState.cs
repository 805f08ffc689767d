using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>
/// The mutable state of one instance. Only appliers (<see cref="Runtime.Appliers.EventAppliers"/>) write to it;
/// everything else reads it through <see cref="IInstanceView"/>.
/// </summary>
public sealed partial class InstanceState : IInstanceView
{
    public string InstanceId { get; internal set; } = "";

    public string DefinitionId { get; internal set; } = "";

    public string DefinitionVersionId { get; internal set; } = "";

    public int DefinitionVersion { get; internal set; }

    public long Version { get; internal set; }

    /// <summary>The status events set: Executing until an <c>InstanceFinished</c> event ends the case.</summary>
    internal WorkflowSubStatus RecordedStatus { get; set; } = WorkflowSubStatus.Executing;

    /// <summary>The ending (Finished, Faulted, Withdrawn, …) once ended; otherwise Suspended while anything waits, else Executing.</summary>
    public WorkflowSubStatus SubStatus =>
        IsFinished ? RecordedStatus : BookmarksMutable.Count > 0 ? WorkflowSubStatus.Suspended : WorkflowSubStatus.Executing;

    public bool IsFinished => RecordedStatus is not (WorkflowSubStatus.Executing or WorkflowSubStatus.Suspended);

    public JsonObject? Input { get; internal set; }

    public DateTimeOffset CreatedAt { get; internal set; }

    public DateTimeOffset UpdatedAt { get; internal set; }

    internal Dictionary<string, JsonNode?> VariablesMutable { get; } = [];

    internal Dictionary<string, ScopeState> ScopesMutable { get; } = [];

    internal Dictionary<string, BookmarkState> BookmarksMutable { get; } = [];

    internal Dictionary<string, TaskState> TasksMutable { get; } = [];

    internal Dictionary<string, TimerState> TimersMutable { get; } = [];

    internal Dictionary<string, ClockState> ClocksMutable { get; } = [];

    internal List<string> LinesMutable { get; } = [];

    internal List<JournalEntry> JournalMutable { get; } = [];

    internal List<IncidentRecorded> IncidentsMutable { get; } = [];

    public IReadOnlyDictionary<string, JsonNode?> Variables => VariablesMutable;

    public IReadOnlyDictionary<string, ScopeState> Scopes => ScopesMutable;

    public IReadOnlyDictionary<string, BookmarkState> Bookmarks => BookmarksMutable;

    public IReadOnlyDictionary<string, TaskState> Tasks => TasksMutable;

    public IReadOnlyDictionary<string, TimerState> Timers => TimersMutable;

    public IReadOnlyDictionary<string, ClockState> Clocks => ClocksMutable;

    public IReadOnlyList<string> Lines => LinesMutable;

    public IReadOnlyList<JournalEntry> Journal => JournalMutable;

    public IReadOnlyList<IncidentRecorded> Incidents => IncidentsMutable;
}

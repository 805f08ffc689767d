using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>The read-only view of an instance that processors validate against.</summary>
public interface IInstanceView
{
    string InstanceId { get; }

    string DefinitionId { get; }

    string DefinitionVersionId { get; }

    int DefinitionVersion { get; }

    /// <summary>The number of events applied; the optimistic-concurrency version.</summary>
    long Version { get; }

    WorkflowSubStatus SubStatus { get; }

    bool IsFinished { get; }

    JsonObject? Input { get; }

    IReadOnlyDictionary<string, JsonNode?> Variables { get; }

    IReadOnlyDictionary<string, ScopeState> Scopes { get; }

    IReadOnlyDictionary<string, BookmarkState> Bookmarks { get; }

    IReadOnlyDictionary<string, TaskState> Tasks { get; }

    IReadOnlyDictionary<string, TimerState> Timers { get; }

    /// <summary>Running legal clocks: <c>case</c> for the whole case, a task id for one step.</summary>
    IReadOnlyDictionary<string, ClockState> Clocks { get; }

    IReadOnlyList<string> Lines { get; }

    IReadOnlyList<JournalEntry> Journal { get; }

    IReadOnlyList<IncidentRecorded> Incidents { get; }

    DateTimeOffset CreatedAt { get; }

    DateTimeOffset UpdatedAt { get; }
}

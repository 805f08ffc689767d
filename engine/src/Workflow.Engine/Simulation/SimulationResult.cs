using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Simulation;

/// <summary>What a simulated run did: lines written, the path of activity completions, and where it stopped.</summary>
public sealed record SimulationResult(
    IReadOnlyList<string> Lines,
    IReadOnlyList<JournalEntry> Path,
    string Status,
    WorkflowSubStatus SubStatus,
    IReadOnlyList<BookmarkState> OpenBookmarks,
    IReadOnlyList<IncidentRecorded> Incidents,
    IReadOnlyList<WorkflowEvent> Events,
    IInstanceView Instance);

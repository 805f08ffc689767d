using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence;

/// <summary>
/// What the database held for an instance when the store handed out its state: the version, the last event's hash,
/// and the task and timer rows. The executor changes that same state object and commits it, so the store writes only
/// the rows that differ and chains the new events without reading the head back.
/// </summary>
internal sealed record Baseline(
    long Version,
    string HeadHash,
    IReadOnlyDictionary<string, TaskColumnsRow> Tasks,
    IReadOnlyDictionary<string, TimerState> Timers)
{
    public static readonly Baseline Empty = new(0, AuditChain.Genesis, new Dictionary<string, TaskColumnsRow>(), new Dictionary<string, TimerState>());

    public static Baseline Of(InstanceState state, string headHash) =>
        Of(state, headHash, state.Tasks.Values.Select(t => TaskColumnsRow.Of(state.InstanceId, t)));

    /// <summary>The baseline of a state whose task rows are already worked out (by the commit that wrote them).</summary>
    public static Baseline Of(InstanceState state, string headHash, IEnumerable<TaskColumnsRow> tasks) => new(
        state.Version,
        headHash,
        tasks.ToDictionary(t => t.TaskId, StringComparer.Ordinal),
        state.Timers.ToDictionary(StringComparer.Ordinal));
}

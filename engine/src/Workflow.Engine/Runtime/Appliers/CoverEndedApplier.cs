using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

/// <summary>The deputy's cover candidacy now ends at the event's time; what the task was opened with is otherwise kept.</summary>
internal static class CoverEndedApplier
{
    public static void Apply(InstanceState s, CoverEnded e)
    {
        var task = s.TasksMutable[e.TaskId];
        task.Opened = task.Opened with
        {
            Candidates = task.Opened.Candidates
                .Select(c => c.UserId == e.DeputyId && c.CoverFor is not null && (c.Until is null || c.Until > e.At) ? c with { Until = e.At } : c)
                .ToList(),
        };
    }
}

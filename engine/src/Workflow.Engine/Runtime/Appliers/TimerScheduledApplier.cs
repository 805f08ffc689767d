using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TimerScheduledApplier
{
    public static void Apply(InstanceState s, TimerScheduled e) =>
        s.TimersMutable[e.TimerId] = new TimerState(e.TimerId, e.BookmarkId, e.DueAt, e.ClockId, e.Warning, e.TaskId);
}

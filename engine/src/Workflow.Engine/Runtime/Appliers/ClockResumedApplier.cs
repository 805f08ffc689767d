using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ClockResumedApplier
{
    public static void Apply(InstanceState s, ClockResumed e)
    {
        var clock = s.ClocksMutable[e.ClockId];
        clock.PausedAt = null;
        clock.PauseReason = null;
        clock.DueAt = e.NewDueAt;
        clock.CalendarVersion = e.CalendarVersion;
        clock.Warning = null;
        ClockDeadline.MoveTaskDeadline(s, clock.TaskId, e.NewDueAt);
    }
}

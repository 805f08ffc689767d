using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class DeadlineExtendedApplier
{
    public static void Apply(InstanceState s, DeadlineExtended e)
    {
        var clock = s.ClocksMutable[e.ClockId];
        clock.DueAt = e.NewDueAt;
        clock.LimitWorkingDays += e.ExtraWorkingDays;
        clock.Warning = null;
        ClockDeadline.MoveTaskDeadline(s, clock.TaskId, e.NewDueAt);
    }
}

using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ClockStartedApplier
{
    public static void Apply(InstanceState s, ClockStarted e)
    {
        s.ClocksMutable[e.ClockId] = new ClockState
        {
            ClockId = e.ClockId, TaskId = e.TaskId, LimitWorkingDays = e.LimitWorkingDays, Unit = e.Unit, StartedAt = e.At, DueAt = e.DueAt,
            CalendarVersion = e.CalendarVersion, DivisionCode = e.DivisionCode,
        };
        ClockDeadline.MoveTaskDeadline(s, e.TaskId, e.DueAt);
    }
}

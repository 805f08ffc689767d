using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TimerCancelledApplier
{
    public static void Apply(InstanceState s, TimerCancelled e) => s.TimersMutable.Remove(e.TimerId);
}

using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TimerFiredApplier
{
    public static void Apply(InstanceState s, TimerFired e) => s.TimersMutable.Remove(e.TimerId);
}

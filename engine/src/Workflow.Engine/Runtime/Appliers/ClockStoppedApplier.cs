using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ClockStoppedApplier
{
    public static void Apply(InstanceState s, ClockStopped e) => s.ClocksMutable.Remove(e.ClockId);
}

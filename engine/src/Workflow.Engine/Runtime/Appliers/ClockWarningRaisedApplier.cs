using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ClockWarningRaisedApplier
{
    public static void Apply(InstanceState s, ClockWarningRaised e) => s.ClocksMutable[e.ClockId].Warning = e.Level;
}

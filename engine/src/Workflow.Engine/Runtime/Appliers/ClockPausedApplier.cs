using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ClockPausedApplier
{
    public static void Apply(InstanceState s, ClockPaused e)
    {
        var clock = s.ClocksMutable[e.ClockId];
        clock.PausedAt = e.At;
        clock.PauseReason = e.Reason;
    }
}

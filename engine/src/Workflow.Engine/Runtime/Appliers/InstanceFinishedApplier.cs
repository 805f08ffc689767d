using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class InstanceFinishedApplier
{
    public static void Apply(InstanceState s, InstanceFinished e) => s.RecordedStatus = e.SubStatus;
}

using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class SupplementSuppliedApplier
{
    public static void Apply(InstanceState s, SupplementSupplied e) => s.TasksMutable[e.TaskId].Supplement = null;
}

using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class SupplementRequestedApplier
{
    public static void Apply(InstanceState s, SupplementRequested e) =>
        s.TasksMutable[e.TaskId].Supplement = new SupplementState(e.Missing, e.TimerId, e.AutoCloseAt, e.AutoCloseDays, e.ActorId);
}

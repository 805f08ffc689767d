using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class SignerRemovedApplier
{
    public static void Apply(InstanceState s, SignerRemoved e) => s.TasksMutable[e.TaskId].Signers.RemoveAll(x => x.UserId == e.UserId);
}

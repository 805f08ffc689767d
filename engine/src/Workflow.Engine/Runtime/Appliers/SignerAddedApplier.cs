using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class SignerAddedApplier
{
    public static void Apply(InstanceState s, SignerAdded e) => s.TasksMutable[e.TaskId].Signers.Add(new SignerState(e.UserId));
}

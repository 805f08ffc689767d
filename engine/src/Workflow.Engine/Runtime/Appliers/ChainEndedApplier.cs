using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ChainEndedApplier
{
    public static void Apply(InstanceState s, ChainEnded e) => s.ScopesMutable[e.ScopeId].Chains.Remove(e.ActivityId);
}

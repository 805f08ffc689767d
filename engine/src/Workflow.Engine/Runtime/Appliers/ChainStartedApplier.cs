using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ChainStartedApplier
{
    public static void Apply(InstanceState s, ChainStarted e) =>
        s.ScopesMutable[e.ScopeId].Chains[e.ActivityId] = new ChainState { Levels = e.Levels, RuleSource = e.RuleSource };
}

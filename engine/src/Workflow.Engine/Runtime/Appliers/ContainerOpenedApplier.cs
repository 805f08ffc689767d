using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ContainerOpenedApplier
{
    public static void Apply(InstanceState s, ContainerOpened e) => s.ScopesMutable[e.ScopeId].OpenContainers[e.ActivityId] = e.Children;
}

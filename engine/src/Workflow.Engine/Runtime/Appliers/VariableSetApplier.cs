using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class VariableSetApplier
{
    public static void Apply(InstanceState s, VariableSet e)
    {
        var value = e.Value?.DeepClone();
        if (e.ScopeId is not null && s.ScopesMutable.TryGetValue(e.ScopeId, out var scope))
        {
            scope.Locals[e.Name] = value;
        }
        else
        {
            s.VariablesMutable[e.Name] = value;
        }
    }
}

using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class InstanceStartedApplier
{
    public static void Apply(InstanceState s, InstanceStarted e)
    {
        s.InstanceId = e.InstanceId;
        s.DefinitionId = e.DefinitionId;
        s.DefinitionVersionId = e.DefinitionVersionId;
        s.DefinitionVersion = e.DefinitionVersion;
        s.Input = e.Input;
        s.CreatedAt = e.At;
        s.RecordedStatus = WorkflowSubStatus.Executing;
        foreach (var (name, value) in e.Variables)
        {
            s.VariablesMutable[name] = value?.DeepClone();
        }
    }
}

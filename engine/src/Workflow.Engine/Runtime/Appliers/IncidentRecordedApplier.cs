using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class IncidentRecordedApplier
{
    public static void Apply(InstanceState s, IncidentRecorded e) => s.IncidentsMutable.Add(e);
}

using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ActivityExecutedApplier
{
    public static void Apply(InstanceState s, ActivityExecuted e) =>
        s.JournalMutable.Add(new JournalEntry(e.NodeId, e.ActivityType, e.Outcomes, e.Inputs, e.At));
}

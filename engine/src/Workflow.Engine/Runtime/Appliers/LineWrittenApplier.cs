using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class LineWrittenApplier
{
    public static void Apply(InstanceState s, LineWritten e) => s.LinesMutable.Add(e.Text);
}

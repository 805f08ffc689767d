using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

/// <summary><c>Elsa.End</c>: completes, then ends its flowchart, cancelling branches that still wait in it.</summary>
internal sealed class EndBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        context.Complete(ActivityDescriptor.Done);
        context.EndFlowchart();
    }
}

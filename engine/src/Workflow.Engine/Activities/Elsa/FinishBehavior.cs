using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

/// <summary><c>Elsa.Finish</c>: completes the whole workflow, whatever still waits.</summary>
internal sealed class FinishBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        context.Complete(ActivityDescriptor.Done);
        context.FinishWorkflow();
    }
}

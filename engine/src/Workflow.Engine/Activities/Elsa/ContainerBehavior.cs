using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

/// <summary><c>Elsa.Flowchart</c> nested in a flowchart, and <c>Elsa.FlowNode</c>: run the body once.</summary>
internal sealed class ContainerBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context) => context.RunChildren(context.Node.Body!, [null]);
}

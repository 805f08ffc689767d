using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

using Workflow.Engine.Expressions;

/// <summary><c>Elsa.FlowDecision</c>: True or False.</summary>
internal sealed class FlowDecisionBehavior : ActivityBehavior
{
    public static readonly IReadOnlyList<string> Ports = ["True", "False"];

    public override void Execute(ActivityContext context) =>
        context.Complete(Truthiness.IsTrue(context.Evaluate("condition")) ? "True" : "False");
}

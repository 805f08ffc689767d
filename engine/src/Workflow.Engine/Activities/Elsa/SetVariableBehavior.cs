using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

using System.Text.Json.Nodes;

/// <summary><c>Elsa.SetVariable</c>: the variable is named by id, with the name as a fallback.</summary>
internal sealed class SetVariableBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        var target = (VariableReference)context.Node.Compiled!;
        var value = context.Evaluate("value");
        context.SetVariable(target.Name, value);
        context.Complete(ActivityDescriptor.Done);
    }
}

/// <summary>The variable a <c>SetVariable</c> writes, resolved at load.</summary>
internal sealed record VariableReference(string Name);

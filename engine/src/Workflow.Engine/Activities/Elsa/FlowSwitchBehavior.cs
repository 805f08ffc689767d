using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

using Workflow.Engine.Definitions;
using Workflow.Engine.Expressions;

/// <summary><c>Elsa.FlowSwitch</c>: the first (or every, in MatchAny mode) case whose condition holds, else Default.</summary>
internal sealed class FlowSwitchBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        var settings = (SwitchSettings)context.Node.Compiled!;
        var matched = new List<string>();
        foreach (var (label, condition) in settings.Cases)
        {
            if (condition is not null && Truthiness.IsTrue(context.Services.Expressions.Evaluate(condition, context.Variables)))
            {
                matched.Add(label);
                if (!settings.MatchAny)
                {
                    break;
                }
            }
        }
        context.Complete(matched.Count > 0 ? matched : ["Default"]);
    }
}

/// <summary>Compiled <c>FlowSwitch</c> cases.</summary>
internal sealed record SwitchSettings(IReadOnlyList<(string Label, Expression? Condition)> Cases, bool MatchAny);

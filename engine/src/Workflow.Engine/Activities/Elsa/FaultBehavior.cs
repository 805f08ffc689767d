using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

/// <summary><c>Elsa.Fault</c>: faults the instance with the given code and message.</summary>
internal sealed class FaultBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        var code = context.EvaluateString("code") ?? "Fault";
        var message = context.EvaluateString("message") ?? "流程定义中的故障活动被触发";
        context.Fault(code, message);
    }
}

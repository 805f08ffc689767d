using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

/// <summary><c>Elsa.FlowFork</c>: every branch name is an outcome, taken at once.</summary>
internal sealed class FlowForkBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context) => context.Complete(((ForkSettings)context.Node.Compiled!).Branches);
}

/// <summary>The fork's branch names, parsed at load.</summary>
internal sealed record ForkSettings(IReadOnlyList<string> Branches);

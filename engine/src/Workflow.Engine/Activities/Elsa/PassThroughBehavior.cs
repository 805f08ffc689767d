using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

/// <summary><c>Elsa.Start</c>, <c>Elsa.FlowJoin</c> and friends: complete on Done. Joining is done by the token flow.</summary>
internal sealed class PassThroughBehavior : ActivityBehavior
{
    public static readonly PassThroughBehavior Instance = new();

    public override void Execute(ActivityContext context) => context.Complete(ActivityDescriptor.Done);
}

using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

using Workflow.Engine.Runtime.Events;

/// <summary><c>Elsa.Event</c>: waits until an event of its name is raised.</summary>
internal sealed class EventBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context) =>
        context.CreateBookmark(BookmarkKind.Event, context.EvaluateString("eventName"));

    public override void Resume(ActivityContext context, ResumeSignal signal) => context.Complete(ActivityDescriptor.Done);
}

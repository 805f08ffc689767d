using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities;

/// <summary>What an activity does when it runs, and when something it waits for arrives.</summary>
public abstract class ActivityBehavior
{
    public abstract void Execute(ActivityContext context);

    /// <summary>Called when a bookmark this activity created is resumed. The default completes with the signal's outcome.</summary>
    public virtual void Resume(ActivityContext context, ResumeSignal signal) =>
        context.Complete(signal.Outcome ?? "Done");
}

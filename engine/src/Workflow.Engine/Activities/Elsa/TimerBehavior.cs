using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

using Workflow.Engine.Runtime.Events;

/// <summary>
/// <c>Elsa.Delay</c>, <c>Elsa.Timer</c> and <c>Elsa.Cron</c>: wait on a durable timer. The due time is computed from
/// engine time at the moment the activity runs.
/// </summary>
internal sealed class TimerBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        var due = ((TimerSettings)context.Node.Compiled!).NextDue(context.Now);
        context.CreateBookmark(BookmarkKind.Timer, context.Node.Type, due);
    }

    public override void Resume(ActivityContext context, ResumeSignal signal) => context.Complete(ActivityDescriptor.Done);
}

/// <summary>When a timer activity is due: after a fixed span, or at the next occurrence of a cron schedule.</summary>
internal sealed record TimerSettings(TimeSpan? Span, Cronos.CronExpression? Cron)
{
    public DateTimeOffset NextDue(DateTimeOffset now) =>
        Span is { } span ? now + span
        : Cron?.GetNextOccurrence(now, TimeZoneInfo.Utc) ?? now;
}

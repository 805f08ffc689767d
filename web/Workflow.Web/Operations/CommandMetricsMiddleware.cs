using Workflow.Engine.Runtime.Pipeline;

namespace Workflow.Web.Operations;

/// <summary>
/// Counts every command the executor runs, whoever sent it (HTTP, a bus consumer, the timer pump): each commit attempt
/// with the store's latency, and each command refused before a commit or answered from an earlier request key. The
/// executor records on the context whether the command reached the store, so nothing is counted twice.
/// </summary>
internal sealed class CommandMetricsMiddleware(WorkflowMetrics metrics) : ICommandMiddleware
{
    public async ValueTask InvokeAsync(CommandContext context, CommandDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            Count(context);
        }
    }

    private void Count(CommandContext context)
    {
        var type = context.Command.GetType().Name;
        if (context.Commit is { } commit)
        {
            if (commit.Outcome == CommitOutcome.Failed)
            {
                metrics.CommandFailed(type, commit.Duration);
            }
            else
            {
                metrics.CommandCommitted(type, commit.Outcome == CommitOutcome.Committed, commit.Duration);
            }
        }
        if (context.Result is not { } result)
        {
            return;
        }
        if (result.Rejection is { } rejection && context.Commit is null)
        {
            metrics.CommandRefused(type, "rejected", rejection.Type.ToString());
        }
        else if (result.IsRepeat)
        {
            metrics.CommandRefused(type, "repeat", "");
        }
    }
}

using Microsoft.Extensions.Logging;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Hosting.Timers;

/// <summary>
/// Turns a due timer into a <see cref="FireTimer"/> command and classifies the result. Shared by the pump's local
/// dispatch and the bus consumer, so both log a stale timer the same way: at Debug, because a timer that lost a race
/// with a decision or a withdrawal is normal, not an error.
/// </summary>
public sealed class TimerFiring(WorkflowExecutor executor, ILogger<TimerFiring> logger)
{
    /// <summary>
    /// Timer ids are unique within an instance, so this key makes a second firing of the same row (an expired lease,
    /// a bus redelivery) return the first result instead of running again.
    /// </summary>
    public static string RequestKeyFor(string instanceId, string timerId) => $"timer:{instanceId}:{timerId}";

    public async Task<TimerFireOutcome> FireAsync(string instanceId, string timerId, CancellationToken cancellationToken)
    {
        var command = new FireTimer(instanceId, timerId) { RequestKey = RequestKeyFor(instanceId, timerId) };
        var result = await executor.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        if (result.IsAccepted)
        {
            if (result.IsRepeat)
            {
                TimerLog.Repeat(logger, instanceId, timerId);
                return TimerFireOutcome.Repeat;
            }
            TimerLog.Fired(logger, instanceId, timerId, result.Events.Count);
            return TimerFireOutcome.Fired;
        }
        var rejection = result.Rejection!;
        switch (rejection.Type)
        {
            case RejectionType.InvalidState or RejectionType.NotFound:
                TimerLog.Stale(logger, instanceId, timerId, rejection.Message);
                return TimerFireOutcome.Stale;
            case RejectionType.Conflict:
                TimerLog.Conflict(logger, instanceId, timerId);
                return TimerFireOutcome.Conflict;
            default:
                TimerLog.Rejected(logger, instanceId, timerId, rejection.Type, rejection.Message);
                return TimerFireOutcome.Rejected;
        }
    }
}

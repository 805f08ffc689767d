using Microsoft.Extensions.Logging;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Hosting.Timers;

/// <summary>
/// Turns a due timer into a <see cref="FireTimer"/> command and classifies the result. Shared by the pump's local
/// dispatch and the bus consumer, so both log a stale timer the same way: at Debug, because a timer that lost a race
/// with a decision or a withdrawal is normal, not an error.
/// </summary>
public sealed class TimerFiring(WorkflowExecutor executor, ILogger<TimerFiring> logger, IDeadLetterStore? deadLetters = null)
{
    /// <summary>How many refused firings of one timer (on this host) park it for an administrator.</summary>
    public const int MaxRefusals = 3;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), int> _refusals = new();

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
            _refusals.TryRemove((instanceId, timerId), out _);
            if (result.IsRepeat)
            {
                TimerLog.Repeat(logger, instanceId, timerId);
                return TimerFireOutcome.Repeat;
            }
            TimerLog.Fired(logger, instanceId, timerId, result.Events.Count);
            return TimerFireOutcome.Fired;
        }
        var rejection = result.Rejection!;
        if (rejection.Type == RejectionType.Conflict)
        {
            TimerLog.Conflict(logger, instanceId, timerId);
            return TimerFireOutcome.Conflict;
        }
        var stale = rejection.Type is RejectionType.InvalidState or RejectionType.NotFound;
        if (stale)
        {
            TimerLog.Stale(logger, instanceId, timerId, rejection.Message);
        }
        else
        {
            TimerLog.Rejected(logger, instanceId, timerId, rejection.Type, rejection.Message);
        }
        // A timer refused again and again would be claimed for ever: after MaxRefusals it is parked for an administrator.
        // A timer not yet due at the instance (a host whose clock runs behind) is not a refusal of the timer.
        if (rejection.Field == "dueAt")
        {
            return TimerFireOutcome.Stale;
        }
        var refusals = _refusals.AddOrUpdate((instanceId, timerId), 1, (_, n) => n + 1);
        if (deadLetters is not null && refusals >= MaxRefusals)
        {
            await deadLetters.ParkTimerAsync(instanceId, timerId, $"{rejection.Type}: {rejection.Message}", refusals, cancellationToken).ConfigureAwait(false);
            _refusals.TryRemove((instanceId, timerId), out _);
            TimerLog.Parked(logger, instanceId, timerId, refusals);
            return TimerFireOutcome.Parked;
        }
        return stale ? TimerFireOutcome.Stale : TimerFireOutcome.Rejected;
    }
}

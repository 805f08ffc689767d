using Microsoft.Extensions.Logging;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Hosting.Timers;

/// <summary>Timer log messages (EventIds 2100–2199). Ids and outcomes only, never case content.</summary>
internal static partial class TimerLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Debug, Message = "Timer {TimerId} of case {InstanceId} fired ({EventCount} events)")]
    public static partial void Fired(ILogger logger, string instanceId, string timerId, int eventCount);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Timer {TimerId} of case {InstanceId} had already fired")]
    public static partial void Repeat(ILogger logger, string instanceId, string timerId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Debug, Message = "Timer {TimerId} of case {InstanceId} is stale: {Reason}")]
    public static partial void Stale(ILogger logger, string instanceId, string timerId, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "Timer {TimerId} of case {InstanceId} lost a race with another command; it will fire again")]
    public static partial void Conflict(ILogger logger, string instanceId, string timerId);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "Timer {TimerId} of case {InstanceId} was rejected ({RejectionType}): {Reason}")]
    public static partial void Rejected(ILogger logger, string instanceId, string timerId, RejectionType rejectionType, string reason);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Error, Message = "Timer pump round failed; it tries again next tick")]
    public static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Error, Message = "Timer {TimerId} of case {InstanceId} could not be dispatched; it fires again after its lease")]
    public static partial void DispatchFailed(ILogger logger, string instanceId, string timerId, Exception exception);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Information, Message = "Timer pump disabled by Workflow:Timers:Enabled")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Warning, Message = "Timer {TimerId} of case {InstanceId} was refused {Refusals} times and is parked as a dead letter for an administrator")]
    public static partial void Parked(ILogger logger, string instanceId, string timerId, int refusals);
}

using Microsoft.Extensions.Logging;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Messaging;

/// <summary>Messaging log messages (EventIds 2200–2299). Ids, types and outcomes only, never comments or data.</summary>
internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Debug, Message = "Relayed {MessageType} {OutboxMessageId} of case {InstanceId} to {Destination}")]
    public static partial void Relayed(ILogger logger, string messageType, string outboxMessageId, string instanceId, string? destination);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Could not relay {MessageType} {OutboxMessageId} of case {InstanceId}; it is sent again after its lease")]
    public static partial void RelayFailed(ILogger logger, Exception exception, string messageType, string outboxMessageId, string instanceId);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Error, Message = "Outbox row {OutboxRowId} of case {InstanceId} names unknown contract '{MessageType}'; it stays unsent")]
    public static partial void UnknownContract(ILogger logger, long outboxRowId, string messageType, string instanceId);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Error, Message = "Outbox relay round failed; it tries again next tick")]
    public static partial void RelayRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Information, Message = "Outbox relay disabled by Messaging:Outbox:Enabled")]
    public static partial void RelayDisabled(ILogger logger);

    [LoggerMessage(EventId = 2210, Level = LogLevel.Debug, Message = "{CommandType} on case {InstanceId} from message {MessageId} applied ({EventCount} events)")]
    public static partial void CommandApplied(ILogger logger, string commandType, string instanceId, Guid? messageId, int eventCount);

    [LoggerMessage(EventId = 2211, Level = LogLevel.Debug, Message = "{CommandType} on case {InstanceId} from message {MessageId} is a repeat; nothing ran again")]
    public static partial void CommandRepeated(ILogger logger, string commandType, string instanceId, Guid? messageId);

    [LoggerMessage(EventId = 2212, Level = LogLevel.Warning, Message = "{CommandType} on case {InstanceId} from message {MessageId} was rejected ({RejectionType}): {Reason}")]
    public static partial void CommandRejected(ILogger logger, string commandType, string instanceId, Guid? messageId, RejectionType rejectionType, string reason);

    [LoggerMessage(EventId = 2213, Level = LogLevel.Information, Message = "{CommandType} on case {InstanceId} from message {MessageId} lost a version race; retrying")]
    public static partial void CommandConflict(ILogger logger, string commandType, string instanceId, Guid? messageId);
}

using Microsoft.Extensions.Logging;

namespace Workflow.Casework.Application.Benefits;

/// <summary>Ledger log lines: ids and codes only, never names or ID numbers.</summary>
internal static partial class LedgerLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Case {InstanceId} ({Item}) was approved but grants nothing: {Reason}. Enter its amount by a decision")]
    public static partial void GrantParked(ILogger logger, string instanceId, string item, string reason);
}

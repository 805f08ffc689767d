using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Operations;

/// <summary>Command and operations log messages of the web host (EventIds 3xxx). Ids and outcomes only.</summary>
internal static partial class OperationsLog
{
    [LoggerMessage(3001, LogLevel.Information, "{Command} on case {CaseId} task {TaskId} accepted: {EventCount} events")]
    public static partial void CommandAccepted(ILogger logger, string command, string caseId, string? taskId, int eventCount);

    [LoggerMessage(3002, LogLevel.Information, "{Command} on case {CaseId} task {TaskId} rejected: {RejectionType}")]
    public static partial void CommandRejected(ILogger logger, string command, string caseId, string? taskId, RejectionType rejectionType);

    [LoggerMessage(3003, LogLevel.Information, "{Command} on case {CaseId} task {TaskId} repeated a request key: first result returned")]
    public static partial void CommandRepeated(ILogger logger, string command, string caseId, string? taskId);

    [LoggerMessage(3010, LogLevel.Warning, "Operations sample failed; the gauges keep their last values")]
    public static partial void SampleFailed(ILogger logger, Exception exception);
}

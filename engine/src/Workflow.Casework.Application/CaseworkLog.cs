using Microsoft.Extensions.Logging;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application;

/// <summary>Casework log lines: ids and codes only, never names, ID numbers or other personal data.</summary>
internal static partial class CaseworkLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Application {ApplicationId}: sub-case {Item} did not start ({Rejection})")]
    public static partial void SubCaseNotStarted(ILogger logger, string applicationId, string item, RejectionType rejection);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Financial check {CheckId} was not sent; it is asked again when due")]
    public static partial void CheckNotSent(ILogger logger, string checkId, Exception exception);
}

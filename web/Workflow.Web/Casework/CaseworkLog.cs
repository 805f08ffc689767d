using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Casework;

/// <summary>Casework log lines: ids and codes only, never names, ID numbers or other personal data.</summary>
internal static partial class CaseworkLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Application {ApplicationId}: sub-case {Item} did not start ({Rejection})")]
    public static partial void SubCaseNotStarted(ILogger logger, string applicationId, string item, RejectionType rejection);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored the demo {Document} (version {Version})")]
    public static partial void SeededDocument(ILogger logger, string document, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the organisation and routing rules; the next round tries again")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Financial check {CheckId} was not sent; it is asked again when due")]
    public static partial void CheckNotSent(ILogger logger, string checkId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of financial-check retries failed; the next round tries again")]
    public static partial void CheckRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rewrote {Count} application bodies to store flag codes instead of sentences")]
    public static partial void FlagCodesMigrated(ILogger logger, int count);
}

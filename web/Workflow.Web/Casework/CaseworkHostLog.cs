namespace Workflow.Web.Casework;

/// <summary>The casework workers' log lines: ids and codes only, never names, ID numbers or other personal data.</summary>
internal static partial class CaseworkHostLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Stored the demo {Document} (version {Version})")]
    public static partial void SeededDocument(ILogger logger, string document, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the organisation and routing rules; the next round tries again")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of financial-check retries failed; the next round tries again")]
    public static partial void CheckRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rewrote {Count} application bodies to store flag codes instead of sentences")]
    public static partial void FlagCodesMigrated(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "The 高龄津贴 rule ran for {Day}: {Changes} ledger changes")]
    public static partial void OldAgeAllowanceRan(ILogger logger, DateOnly day, int changes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The 高龄津贴 rule failed; the next round tries again")]
    public static partial void OldAgeAllowanceFailed(ILogger logger, Exception exception);
}

namespace Workflow.Web.Hosting;

/// <summary>Start-up log messages of the web host. Event ids are stable: 1xxx definitions; 2xxx, demo data, are <see cref="Demo.DemoLog"/>'s.</summary>
internal static partial class HostLog
{
    [LoggerMessage(1001, LogLevel.Warning, "未找到流程定义目录 workflows/definitions (从 {ContentRoot} 向上查找)；启动时没有可用的流程定义。")]
    public static partial void DefinitionsFolderNotFound(ILogger logger, string contentRoot);

    [LoggerMessage(1002, LogLevel.Information, "已发布流程定义 {File}: {DefinitionId} v{Version}")]
    public static partial void DefinitionPublished(ILogger logger, string file, string definitionId, int version);

    [LoggerMessage(1003, LogLevel.Error, "流程定义 {File} 有 {ErrorCount} 个错误，未发布: {Errors}")]
    public static partial void DefinitionRejected(ILogger logger, string file, int errorCount, string errors);

    [LoggerMessage(1004, LogLevel.Warning, "流程定义 {File} 警告 {Path}: {Message} [{Code}]")]
    public static partial void DefinitionWarning(ILogger logger, string file, string path, string code, string message);

    [LoggerMessage(1005, LogLevel.Error, "无法读取流程定义文件 {File}，已跳过。")]
    public static partial void DefinitionUnreadable(ILogger logger, Exception exception, string file);

    [LoggerMessage(1006, LogLevel.Warning, "流程定义 {File} 覆盖了已发布的 {DefinitionId} v{Version}")]
    public static partial void DefinitionReplaced(ILogger logger, string file, string definitionId, int version);

    [LoggerMessage(1007, LogLevel.Information, "已从 {Folder} 发布 {Published}/{Files} 个流程定义。")]
    public static partial void DefinitionsLoaded(ILogger logger, int published, int files, string folder);

    // Ids only: an applicant's name is personal data and never goes to a log.

    [LoggerMessage(1101, LogLevel.Information, "工作日历 {CalendarVersion}: 年份 {Years}，本地停止办公 {Closures} 项。")]
    public static partial void CalendarLoaded(ILogger logger, string calendarVersion, string years, int closures);

    [LoggerMessage(1102, LogLevel.Warning, "工作日历缺少 {MissingYears} 年: 自 {From} 起 {WorkingDays} 个工作日的时限暂按仅周末休息计算，补充日历后须人工复核。")]
    public static partial void CalendarFallback(ILogger logger, DateTimeOffset from, int workingDays, string missingYears);

    [LoggerMessage(1103, LogLevel.Error, "数据库中的地方停止办公第 {Version} 版有误，未生效，仍按当前日历计算: {Errors}")]
    public static partial void CalendarVersionRefused(ILogger logger, long version, string errors);

    [LoggerMessage(1104, LogLevel.Warning, "读取数据库中的工作日历变更失败，下一轮重试。")]
    public static partial void CalendarSyncFailed(ILogger logger, Exception exception);
}

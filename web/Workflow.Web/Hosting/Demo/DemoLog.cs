namespace Workflow.Web.Hosting.Demo;

/// <summary>The demo data's start-up log messages. Event ids are stable (2xxx), as they were in the host's own log.</summary>
internal static partial class DemoLog
{
    [LoggerMessage(2002, LogLevel.Information, "已启动演示案件 {CaseId}: {DefinitionId}")]
    public static partial void DemoCaseStarted(ILogger logger, string caseId, string definitionId);

    [LoggerMessage(2003, LogLevel.Information, "跳过演示案件 {CaseId}: 未发布流程 {DefinitionId}。")]
    public static partial void DemoCaseSkipped(ILogger logger, string caseId, string definitionId);

    [LoggerMessage(2004, LogLevel.Warning, "演示案件 {CaseId} 未能启动: {Rejection}")]
    public static partial void DemoCaseRejected(ILogger logger, string caseId, string rejection);

    [LoggerMessage(2006, LogLevel.Information, "数据库中已有案件，不再写入演示案件。")]
    public static partial void DemoCasesPresent(ILogger logger);
}

using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Audit;

namespace Workflow.Cli;

/// <summary>
/// <c>wf verify-audit</c>: walks the hash-chained event log and reports the first broken link. Exit 0 when the chain
/// is intact, 1 when it is broken or the database cannot be read. It only reads: a missing database is reported,
/// never created.
/// </summary>
internal static class VerifyAuditCommand
{
    public const string DefaultDatabase = "data/workflow.db";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = new PersistenceOptions { MigrateOnStart = false };
        string? instance = null;
        string? sqliteFile = DefaultDatabase;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sqlite":
                    sqliteFile = Value(args, ++i, "--sqlite");
                    break;
                case "--postgres":
                    options.UsePostgres(Value(args, ++i, "--postgres"));
                    sqliteFile = null;
                    break;
                case "--sqlserver":
                    options.UseSqlServer(Value(args, ++i, "--sqlserver"));
                    sqliteFile = null;
                    break;
                case "--instance":
                    instance = Value(args, ++i, "--instance");
                    break;
                default:
                    throw new UsageException($"未知参数 '{args[i]}'。");
            }
        }
        if (sqliteFile is not null)
        {
            if (!File.Exists(sqliteFile))
            {
                error.WriteLine($"数据库文件不存在: {sqliteFile}");
                return 1;
            }
            options.UseSqlite($"Data Source={sqliteFile};Mode=ReadOnly");
        }

        try
        {
            await using var database = new WorkflowDatabase(options);
            var report = await new AuditVerifier(database).VerifyAsync(instance);
            if (report.IsIntact)
            {
                output.WriteLine($"审计链完整: 检查了 {report.InstancesChecked} 个案件、{report.EventsChecked} 条事件 (audit chain intact).");
                return 0;
            }
            error.WriteLine($"审计链断裂 (audit chain broken): {report.FirstBreak}");
            return 1;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or ArgumentException or InvalidOperationException)
        {
            error.WriteLine($"无法读取审计日志: {ex.Message}");
            return 1;
        }
    }

    private static string Value(string[] args, int index, string option) =>
        index < args.Length && !args[index].StartsWith("--", StringComparison.Ordinal)
            ? args[index]
            : throw new UsageException($"{option} 需要一个值。");
}

using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Audit;

namespace Workflow.Cli;

/// <summary>
/// <c>wf verify-audit</c>: walks the keyed hash chains of the event log and the casework audit and reports the first
/// broken link. Exit 0 when both are intact, 1 when one is broken or the database or key cannot be read. It only
/// reads: a missing database is reported, never created. The key comes from <c>--key-file</c>, else the environment
/// variable <see cref="KeyVariable"/>, else <see cref="DefaultKeyFile"/>; <c>--unkeyed</c> checks a chain written
/// without a key.
/// </summary>
internal static class VerifyAuditCommand
{
    public const string DefaultDatabase = "data/workflow.db";

    public const string DefaultKeyFile = "data/audit.key";

    public const string KeyVariable = "WORKFLOW_AUDIT_KEY";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var options = new PersistenceOptions { MigrateOnStart = false };
        string? instance = null;
        string? sqliteFile = DefaultDatabase;
        string? keyFile = null;
        var unkeyed = false;
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
                case "--key-file":
                    keyFile = Value(args, ++i, "--key-file");
                    break;
                case "--unkeyed":
                    unkeyed = true;
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
            if (!unkeyed)
            {
                options.AuditKey = ReadKey(keyFile);
                if (options.AuditKey is null)
                {
                    error.WriteLine($"找不到审计密钥：请用 --key-file 指定密钥文件，或设置环境变量 {KeyVariable}（链未加密钥时用 --unkeyed）。");
                    return 1;
                }
            }
            await using var database = new WorkflowDatabase(options);
            var report = await new AuditVerifier(database).VerifyAsync(instance);
            if (report.IsIntact)
            {
                output.WriteLine($"审计链完整: 检查了 {report.InstancesChecked} 个案件、{report.EventsChecked} 条事件、{report.AuditEntriesChecked} 条业务审计记录 (audit chains intact).");
                return 0;
            }
            error.WriteLine($"审计链断裂 (audit chain broken): {report.FirstBreak}");
            return 1;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or ArgumentException or InvalidOperationException or IOException
            or UnauthorizedAccessException)
        {
            error.WriteLine($"无法读取审计日志: {ex.Message}");
            return 1;
        }
    }

    private static byte[]? ReadKey(string? keyFile) =>
        keyFile is not null ? AuditKeys.ReadFile(keyFile) ?? throw new ArgumentException($"密钥文件不存在: {keyFile}")
        : Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } text ? AuditKeys.Parse(text, KeyVariable)
        : AuditKeys.ReadFile(DefaultKeyFile);

    private static string Value(string[] args, int index, string option) =>
        index < args.Length && !args[index].StartsWith("--", StringComparison.Ordinal)
            ? args[index]
            : throw new UsageException($"{option} 需要一个值。");
}

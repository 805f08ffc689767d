namespace Workflow.Cli;

/// <summary>
/// <c>wf</c>: the administrators' command line. Exit codes: 0 success, 1 the input has errors, 2 usage, 3 the
/// simulated instance faulted. No command ever prints a stack trace.
/// </summary>
public static class CliApp
{
    /// <summary>Each command's own usage, printed by <c>wf COMMAND --help</c>; <see cref="Usage"/> is all of them.</summary>
    public static IReadOnlyDictionary<string, string> CommandUsage { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["verify-audit"] = """
              wf verify-audit [--sqlite FILE | --postgres CONN | --sqlserver CONN] [--key-file FILE | --unkeyed] [--instance ID]
                  校验事件日志和业务审计的加密钥哈希链，报告第一个断裂处；完整时退出码为 0，断裂或无法读取时为 1。
                  默认读取 data/workflow.db (SQLite)；密钥取自 --key-file、环境变量 WORKFLOW_AUDIT_KEY 或 data/audit.key。
            """,
        ["validate"] = """
              wf validate [--lenient] FILE...
                  校验工作流定义文件，逐条打印问题及其 JSON 路径；有错误时退出码为 1。
                  --lenient  把错误当作警告报告，退出码为 0 (Elsa's lenient publish).
            """,
        ["simulate"] = """
              wf simulate FILE [--input k=v ...] [--decide ACTIVITY=outcome ...] [--until-end]
                  在内存中运行定义（不连数据库），逐行打印 WriteLine 输出 (line:)、经过的活动 (step:)
                  和最终状态 (status:)；挂起时列出等待中的书签 (bookmark:)。
            """,
        ["workdays"] = """
              wf workdays add DATE N [--division CODE] [--calendar-dir DIR]
                  打印 DATE 之后第 N 个工作日的日期 (yyyy-MM-dd)，DATE 当天不计。
              wf workdays between A B [--division CODE] [--calendar-dir DIR]
                  打印 A 之后（不含 A）到 B（含 B）的工作日数；B 早于 A 时为负数。
                  --division CODE     12 位行政区划代码，计入该辖区及其下级的本地停止办公日。
                  --calendar-dir DIR  另读 DIR/*.json 中的日历年份和本地停止办公（默认 ./data/calendar，存在时）。
                  日历缺少所需年份时报告该年份并以退出码 1 结束，不做推测。
            """,
    };

    public static string Usage { get; } = "用法 (usage):\n" + string.Join("\n", CommandUsage.Values);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["help", var command] when CommandUsage.TryGetValue(command, out var usage) => Help(output, "用法 (usage):\n" + usage),
                [var command, "--help" or "-h"] when CommandUsage.TryGetValue(command, out var usage) => Help(output, "用法 (usage):\n" + usage),
                ["validate", .. var rest] => ValidateCommand.Run(rest, output, error),
                ["simulate", .. var rest] => await SimulateCommand.RunAsync(rest, output, error),
                ["workdays", .. var rest] => WorkdaysCommand.Run(rest, output, error),
                ["verify-audit", .. var rest] => await VerifyAuditCommand.RunAsync(rest, output, error),
                ["--help" or "-h" or "help"] => Help(output, Usage),
                _ => UsageError(error, args.Length == 0 ? "缺少命令。" : $"未知命令 '{args[0]}'。"),
            };
        }
        catch (UsageException ex)
        {
            return UsageError(error, ex.Message);
        }
    }

    private static int Help(TextWriter output, string usage)
    {
        output.WriteLine(usage);
        return 0;
    }

    internal static int UsageError(TextWriter error, string message)
    {
        error.WriteLine($"wf: {message}");
        error.WriteLine(Usage);
        return 2;
    }
}

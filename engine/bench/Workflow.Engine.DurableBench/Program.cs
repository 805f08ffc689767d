using System.Globalization;

namespace Workflow.Engine.DurableBench;

/// <summary>
/// Durable-runtime benchmark; scripts/bench/durable.sh runs every mode and prints ratios against the targets.
/// <code>
/// dotnet run -c Release --project engine/bench/Workflow.Engine.DurableBench -- raw-sqlite [--seconds 8]
/// dotnet run -c Release --project engine/bench/Workflow.Engine.DurableBench -- floor-sqlite [--seconds 8]
/// dotnet run -c Release --project engine/bench/Workflow.Engine.DurableBench -- approvals --db sqlite|postgres --approvers 16
/// dotnet run -c Release --project engine/bench/Workflow.Engine.DurableBench -- inbox --db sqlite|postgres [--open 1000000]
/// </code>
/// Each prints one line <c>RESULT {json}</c> on stdout; progress goes to stderr.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
        var result = options.Mode switch
        {
            "raw-sqlite" => RawSqliteBench.Run(options),
            "approvals" => await ApprovalBench.RunAsync(options),
            "floor-sqlite" => await FloorBench.RunAsync(options),
            _ => await InboxBench.RunAsync(options),
        };
        Console.WriteLine("RESULT " + result);
        return 0;
    }
}

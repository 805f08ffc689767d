using System.Globalization;

namespace Workflow.Engine.DurableBench;

/// <summary>
/// <c>raw-sqlite|floor-sqlite|approvals|inbox [--db sqlite|postgres] [--approvers K] [--seconds S] [--warmup-seconds W] [--instances N] [--open N]
/// [--iterations N] [--dir PATH]</c>. PostgreSQL comes from WORKFLOW_PG.
/// </summary>
internal sealed class BenchOptions
{
    public string Mode { get; private set; } = "";

    public string Database { get; private set; } = "sqlite";

    public int Approvers { get; private set; } = 1;

    public double Seconds { get; private set; } = 10;

    public double WarmupSeconds { get; private set; } = 2;

    /// <summary>Instances created before the timed approvals (three approvals each).</summary>
    public int Instances { get; private set; } = 16_000;

    /// <summary>Open tasks in the inbox data set (as many closed ones again).</summary>
    public int Open { get; private set; } = 1_000_000;

    public int Iterations { get; private set; } = 2_000;

    public string Directory { get; private set; } = Path.GetTempPath();

    public string PostgresConnectionString => Environment.GetEnvironmentVariable("WORKFLOW_PG") is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException("Expected WORKFLOW_PG to hold a PostgreSQL connection string for --db postgres, but it is not set.");

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("raw-sqlite" or "floor-sqlite" or "approvals" or "inbox"))
        {
            throw new ArgumentException("usage: raw-sqlite|floor-sqlite|approvals|inbox [--db sqlite|postgres] [--approvers K] [--seconds S] [--warmup-seconds W] " +
                "[--instances N] [--open N] [--iterations N] [--dir PATH]");
        }
        var o = new BenchOptions { Mode = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            switch (name)
            {
                case "--db":
                    o.Database = value is "sqlite" or "postgres" ? value : throw new ArgumentException("--db is sqlite or postgres");
                    break;
                case "--approvers": o.Approvers = Positive(name, value); break;
                case "--seconds": o.Seconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup-seconds": o.WarmupSeconds = double.Parse(value, CultureInfo.InvariantCulture); break;
                case "--instances": o.Instances = Positive(name, value); break;
                case "--open": o.Open = Positive(name, value); break;
                case "--iterations": o.Iterations = Positive(name, value); break;
                case "--dir": o.Directory = value; break;
                default: throw new ArgumentException($"unknown argument {name}");
            }
        }
        return o;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} needs a positive integer");
}

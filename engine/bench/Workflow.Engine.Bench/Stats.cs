using System.Diagnostics;
using System.Globalization;

namespace Workflow.Engine.Bench;

/// <summary>Latency arithmetic, the same as the peer's bench.mjs: nearest-rank percentiles over sorted samples.</summary>
internal static class Stats
{
    public static double TicksToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    public static double[] SortedMs(IEnumerable<long> ticks)
    {
        var ms = ticks.Select(TicksToMs).ToArray();
        Array.Sort(ms);
        return ms;
    }

    /// <summary>Nearest rank: the value at rank ceil(p/100 * n) of the ascending samples.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }
        var rank = Math.Max(1, (int)Math.Ceiling(p / 100.0 * sorted.Length));
        return sorted[Math.Min(rank, sorted.Length) - 1];
    }

    public static string Line(string label, double[] sortedMs) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{label,-26} p50 {Percentile(sortedMs, 50):0.0000}  p90 {Percentile(sortedMs, 90):0.0000}  p99 {Percentile(sortedMs, 99):0.0000}  max {(sortedMs.Length == 0 ? 0 : sortedMs[^1]):0.0000} ms");

    public static string Bytes(double bytes) =>
        bytes >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024 / 1024:0.0} MiB")
            : bytes >= 10 * 1024
                ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:0.0} KiB")
                : string.Create(CultureInfo.InvariantCulture, $"{bytes:0} B");
}

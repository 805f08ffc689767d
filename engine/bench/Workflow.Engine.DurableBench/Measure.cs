using System.Diagnostics;
using System.Globalization;

namespace Workflow.Engine.DurableBench;

/// <summary>Percentiles (nearest rank) and CPU time, of this process and of the whole machine (/proc/stat).</summary>
internal static class Measure
{
    public static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count, Math.Max(1, (int)Math.Ceiling(p / 100.0 * sorted.Count))) - 1];

    public static TimeSpan ProcessCpu() => Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>Busy CPU time of all cores since boot (everything but idle and iowait), so a server's work counts too.</summary>
    public static TimeSpan MachineBusy()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields.Sum() - fields[3] - fields[4];
        return TimeSpan.FromSeconds(busy / 100.0); // USER_HZ
    }

    public static string Json(IEnumerable<(string Key, object Value)> fields) =>
        "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{Format(f.Value)}")) + "}";

    private static string Format(object value) => value switch
    {
        string s => "\"" + s + "\"",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}

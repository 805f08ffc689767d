using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workflow.Engine.Calendar;

/// <summary>
/// The version of a calendar is a hash of what it computes, written out in a fixed order, so the same data in any
/// file order, from any source, gives the same version, and any changed day gives a new one.
/// </summary>
internal static class CalendarFingerprint
{
    public static string Of(IEnumerable<int> years, IReadOnlyDictionary<DateOnly, bool> national, IEnumerable<(string Prefix, DateOnly From, DateOnly To)> closures)
    {
        var text = new StringBuilder("wf-calendar/1\n");
        text.Append("years ").AppendJoin(',', years.Order()).Append('\n');
        foreach (var (day, worked) in national.OrderBy(p => p.Key))
        {
            text.Append(worked ? "work " : "off ").Append(Iso(day)).Append('\n');
        }
        foreach (var (prefix, from, to) in closures.Distinct().OrderBy(c => c.Prefix, StringComparer.Ordinal).ThenBy(c => c.From).ThenBy(c => c.To))
        {
            text.Append("closed ").Append(prefix).Append(' ').Append(Iso(from)).Append(' ').Append(Iso(to)).Append('\n');
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return "sha256:" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Workflow.Engine.Tests.Calendar;

/// <summary>Dates and calendar files for the calendar tests.</summary>
internal static class CalendarFixtures
{
    /// <summary>
    /// A made-up 2027, for "an administrator adds the next year" tests only: the real 2027 notice is not out yet, and
    /// this file must never be shipped.
    /// </summary>
    public const string Fictional2027 = """
        {
          "years": [
            {
              "year": 2027,
              "notice": "测试用虚构安排（非国务院通知）",
              "effectiveFrom": "2026-11-01",
              "holidays": [ { "name": "元旦", "from": "2027-01-01", "to": "2027-01-03" } ],
              "makeUpWorkdays": []
            }
          ]
        }
        """;

    /// <summary>District 500113 (渝北区) closes its offices on Monday to Wednesday, 2026-07-06 to 2026-07-08.</summary>
    public const string DistrictClosure = """
        {
          "closures": [
            {
              "division": "500113000000",
              "name": "防汛停止办公",
              "from": "2026-07-06",
              "to": "2026-07-08",
              "notice": "测试用区政府通告",
              "effectiveFrom": "2026-07-05"
            }
          ]
        }
        """;

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset Instant(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Globalization;
using Workflow.Engine.Persistence.Rows;

namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>
/// A realistic inbox: about 45% of tasks open, 8 posts over 200 townships, 5% referrals to 20 departments, one open
/// approval in ten claimed by one of 400 officers, deadlines mostly ahead (about one open task in five overdue).
/// Deterministic (fixed seed), so a plan that changes is a real change.
/// </summary>
internal static class InboxSeed
{
    public static readonly string[] Posts = ["民政办", "村协理员", "区民政局", "社会救助科", "残联", "财政所", "乡镇审核岗", "复核岗"];

    public static string Township(int i) => "5001" + (i % 200).ToString("D4", CultureInfo.InvariantCulture) + "0000";

    public static string User(int i) => "officer-" + (i % 400).ToString("D3", CultureInfo.InvariantCulture);

    public static string Department(int i) => "dept-" + (i % 20).ToString("D2", CultureInfo.InvariantCulture);

    public static List<TaskColumnsRow> Rows(int count, DateTimeOffset now)
    {
        var random = new Random(20261122);
        var rows = new List<TaskColumnsRow>(count);
        for (var i = 0; i < count; i++)
        {
            var opened = now - TimeSpan.FromMinutes(random.Next(1, 60 * 24 * 40));
            var roll = random.Next(100);
            var status = roll < 45 ? "Open" : roll < 95 ? "Completed" : "Cancelled";
            var referral = random.Next(100) < 5;
            var due = random.Next(100) < 80 ? opened.AddDays(random.Next(20, 45)) : (DateTimeOffset?)null;
            var officer = User(random.Next(400));
            string? assignee = status switch
            {
                "Open" when !referral && random.Next(10) == 0 => officer,
                "Completed" => officer,
                _ => null,
            };
            rows.Add(new TaskColumnsRow(
                $"seed-{i:D7}",
                $"seed-case-{i / 3:D7}",
                referral ? "Referral" : "Approval",
                referral ? "部门核对" : "审核",
                referral ? null : Posts[random.Next(Posts.Length)],
                referral ? "district" : "township",
                Township(random.Next(200)),
                referral ? Department(random.Next(20)) : null,
                status,
                assignee,
                opened,
                due,
                status == "Open" ? null : opened.AddDays(random.Next(1, 10))));
        }
        return rows;
    }
}

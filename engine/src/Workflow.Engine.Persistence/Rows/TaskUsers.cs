using System.Globalization;
using Workflow.Engine.Runtime;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence.Rows;

/// <summary>
/// The wf_task_users rows of a task: while it is open, the people <see cref="TaskAuthority.Named"/> names (its holder,
/// or else the candidates who may take it, the signers whose answer is due and the deputies covering them), a deputy's
/// row with the end of the cover (<c>until_at</c>), which the inbox compares with the time; and always the users it was
/// copied to. While it is open, also a <see cref="Cover"/> row for every deputy (代理) among its candidates, named now or
/// not (a signer not yet due, a task someone else holds): what clearing a cover early finds; the inbox never reads it.
/// </summary>
internal static class TaskUsers
{
    public const string Candidate = "candidate";
    public const string Holder = "holder";
    public const string Copy = "copy";

    /// <summary>A deputy among the task's candidates, standing now or not; only ending a cover reads these rows.</summary>
    public const string Cover = "cover";

    public static string Encode(TaskState task)
    {
        var rows = new List<string>();
        if (task.Status == TaskLifecycle.Open)
        {
            var facts = TaskAuthority.Of(task, at: null);
            foreach (var user in TaskAuthority.Named(facts))
            {
                rows.Add((task.Holder is null ? Candidate : Holder) + ":" + user + Until(facts, user));
            }
            rows.AddRange(Covers(task));
        }
        rows.AddRange(task.Copies.Select(u => Copy + ":" + u));
        return string.Join("\n", rows.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The (user, role, end of cover) rows of an encoded set.</summary>
    public static IEnumerable<(string UserId, string Role, DateTimeOffset? Until)> Decode(string users)
    {
        foreach (var row in users.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = row.IndexOf(':', StringComparison.Ordinal);
            var bar = row.IndexOf('|', colon + 1);
            yield return bar < 0
                ? (row[(colon + 1)..], row[..colon], null)
                : (row[(colon + 1)..bar], row[..colon], DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(row[(bar + 1)..], CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>One row per deputy of the task, with the latest end of their covers (none when one has no end).</summary>
    private static IEnumerable<string> Covers(TaskState task) => task.Opened.Candidates
        .Where(c => c.CoverFor is not null)
        .GroupBy(c => c.UserId, StringComparer.Ordinal)
        .Select(g => Cover + ":" + g.Key + (g.Any(c => c.Until is null)
            ? ""
            : "|" + g.Max(c => c.Until!.Value).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));

    /// <summary>"|ms" when <paramref name="user"/> is named only as a deputy, whose standing ends with the cover.</summary>
    private static string Until(TaskAuthority.Facts facts, string user)
    {
        if (facts.Holder is not null || facts.SignersDue.Contains(user) || facts.Candidates.Any(c => c.UserId == user && c.CoverFor is null))
        {
            return "";
        }
        return facts.Candidates.FirstOrDefault(c => c.UserId == user && c.Until is not null)?.Until is { } until
            ? "|" + until.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)
            : "";
    }
}

using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence.Rows;

/// <summary>
/// The wf_task_users rows of a task: while it is open, its holder, or else the users who may claim it (pending
/// signers of a multi-signer step, the one whose turn it is in a sequential one, or the resolved candidates); and
/// always the users it was copied to.
/// </summary>
internal static class TaskUsers
{
    public const string Candidate = "candidate";
    public const string Holder = "holder";
    public const string Copy = "copy";

    public static string Encode(TaskState task)
    {
        var rows = new List<string>();
        if (task.Status == TaskLifecycle.Open)
        {
            if (task.Holder is { } holder)
            {
                rows.Add(Holder + ":" + holder);
            }
            else if (task.Signers.Count > 0)
            {
                var pending = task.Signers.Where(s => !s.Answered);
                if (task.Opened.Signing?.Mode == SignModes.Sequential)
                {
                    pending = pending.Take(1);
                }
                rows.AddRange(pending.Select(s => Candidate + ":" + s.UserId));
            }
            else
            {
                rows.AddRange(task.Opened.Candidates.Select(c => Candidate + ":" + c.UserId));
            }
        }
        rows.AddRange(task.Copies.Select(u => Copy + ":" + u));
        return string.Join("\n", rows.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The (user, role) pairs of an encoded set.</summary>
    public static IEnumerable<(string UserId, string Role)> Decode(string users)
    {
        foreach (var row in users.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = row.IndexOf(':', StringComparison.Ordinal);
            yield return (row[(colon + 1)..], row[..colon]);
        }
    }
}

using Workflow.Engine.Ports;

namespace Workflow.Casework;

/// <summary>
/// Leave cover (代理, issue 12), in one place. A task opened while a candidate is away also names their deputy, as a
/// candidate that covers for them (<see cref="Candidate.CoverFor"/>); the inbox (task-user rows), the engine's
/// <c>TaskAuthority</c> and the access policy all read the candidates, so the deputy sees the task, may act on it, and
/// what they do is recorded as "代 X 办理". Only new tasks: one opened before the leave keeps its people.
/// Who may be named: an active person, not oneself, holding a post (not 督办 or 系统管理员) in the same office as
/// one of the user's own posts — the same division, or for a department post the same department in the same division.
/// </summary>
public static class LeaveCover
{
    /// <summary>The longest leave one arrangement may cover.</summary>
    public const int MaxDays = 92;

    /// <summary>
    /// <paramref name="assignment"/> with each away candidate's deputy added after them (once, and never someone already
    /// named). <paramref name="mayCover"/> is the organisation's answer for this task (active, not recused by 回避, a post
    /// whose area holds the case): the arrangement was checked when it was made, the task's applicant only now.
    /// </summary>
    public static Assignment AddDeputies(Assignment assignment, IReadOnlyList<DeputyArrangement> arrangements, DateOnly day, Func<string, bool>? mayCover = null)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(arrangements);
        if (arrangements.Count == 0 || assignment.Candidates.Count == 0)
        {
            return assignment;
        }
        var named = assignment.Candidates.Select(c => c.UserId).ToHashSet(StringComparer.Ordinal);
        var deputies = new List<Candidate>();
        foreach (var candidate in assignment.Candidates)
        {
            foreach (var a in arrangements.Where(a => a.UserId == candidate.UserId && a.CoversOn(day)))
            {
                if ((mayCover?.Invoke(a.DeputyId) ?? true) && named.Add(a.DeputyId))
                {
                    deputies.Add(new Candidate(a.DeputyId, $"代理 {candidate.UserId}（{a.From:yyyy-MM-dd} 至 {a.To:yyyy-MM-dd}）")
                    {
                        CoverFor = candidate.UserId,
                        Until = ChinaTime.EndOf(a.To),
                    });
                }
            }
        }
        return deputies.Count == 0 ? assignment : assignment with { Candidates = [.. assignment.Candidates, .. deputies] };
    }

    /// <summary>Why <paramref name="deputyId"/> may not cover <paramref name="user"/> from <paramref name="from"/> to <paramref name="to"/>, in Chinese; null when they may.</summary>
    public static string? Refuse(Organisation organisation, User user, string? deputyId, DateOnly? from, DateOnly? to, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(user);
        if (from is not { } start || to is not { } end)
        {
            return "请填写代理的起止日期";
        }
        if (end < start)
        {
            return "结束日期不能早于开始日期";
        }
        if (end < today)
        {
            return "代理期限已经过去，请选择今天或以后的日期";
        }
        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            return $"一次代理最长 {MaxDays} 天";
        }
        if (string.IsNullOrWhiteSpace(deputyId) || organisation.FindUser(deputyId) is not { } deputy)
        {
            return "组织机构中没有此代理人";
        }
        if (deputy.Id == user.Id)
        {
            return "不能指定本人为代理人";
        }
        if (!deputy.Active)
        {
            return "此代理人已停用";
        }
        return SameOffice(user, deputy) ? null : "代理人须与本人在同一单位任职（同一行政区划的岗位，部门岗位须同一部门）";
    }

    /// <summary>The people <paramref name="user"/> may name: everyone <see cref="Refuse"/> would accept, by name.</summary>
    public static IReadOnlyList<User> Eligible(Organisation organisation, User user)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.Users.Where(u => u.Active && u.Id != user.Id && SameOffice(user, u)).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
    }

    private static bool SameOffice(User user, User deputy) =>
        user.Posts.Where(Counts).Any(p => deputy.Posts.Where(Counts).Any(q => q.DivisionCode == p.DivisionCode && q.DepartmentCode == p.DepartmentCode));

    private static bool Counts(PostAssignment p) => p.PostCode is not StandardPosts.Supervisor and not StandardPosts.Administrator;
}

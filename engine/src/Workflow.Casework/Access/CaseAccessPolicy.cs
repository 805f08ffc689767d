using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;

namespace Workflow.Casework;

/// <summary>
/// The one access policy of casework: who may see a case (and its list rows), reveal one of its personal fields, and
/// administer an area. The engine decides who may act on a task (its <c>TaskAuthority</c>); everything a person may
/// see is decided here, for single reads, lists, counts and exports alike. docs/security.md has the matrix.
/// </summary>
public static class CaseAccessPolicy
{
    /// <summary>
    /// Who may see a child-protection or orphan case at all: the posts its rules name (the 儿童主任, the township
    /// 未保工作站 and the county 未保中心 that handle it, the township and district offices that decide, the window that
    /// accepted it) and administrators, always within their area. Anyone else, a 村协理员 or a department officer
    /// included, does not learn it exists.
    /// </summary>
    public static IReadOnlyList<string> ChildProtectionPosts { get; } =
    [
        StandardPosts.ChildDirector, StandardPosts.ChildProtectionStation, StandardPosts.ChildProtectionCentre,
        StandardPosts.TownshipReview, StandardPosts.DistrictApproval, .. StandardPosts.WindowClerkPosts, StandardPosts.Administrator,
    ];

    /// <summary>
    /// Sees the case: named on one of its tasks, or a department post a task of the case is referred to (in the
    /// department's area); else, a post whose area holds the case, and for a child-protection case only one of
    /// <see cref="ChildProtectionPosts"/>.
    /// </summary>
    public static bool MaySee(AccessSubject subject, CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(facts);
        // The case's own people (named on a task, or the department a task is referred to) always see it.
        if (facts.Tasks.Any(t => t.People.Contains(subject.Id) || ForDepartment(subject, t)))
        {
            return true;
        }
        if (facts.ChildProtection && !ChildProtectionPosts.Any(subject.Holds))
        {
            return false;
        }
        return facts.Divisions.Append(facts.WindowDivision).Concat(facts.DecidingDivisions).Any(d => InArea(subject, d));
    }

    /// <summary>
    /// Sees the case only because they supervise (督办): they get its facts — steps, holders' offices, deadlines, how
    /// late — but no personal data, not even masked (names, household, input, opinions). They cannot reveal a field
    /// either (<see cref="RefuseReveal"/>).
    /// </summary>
    public static bool SeesOnlyFacts(AccessSubject subject, CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var withoutSupervision = subject with { Assignments = subject.Assignments.Where(a => a.PostCode != StandardPosts.Supervisor).ToList() };
        return MaySee(subject, facts) && !MaySee(withoutSupervision, facts);
    }

    /// <summary>
    /// <see cref="MaySee"/> as a list query applies it in SQL: the person's areas (child-protection cases only with one
    /// of <see cref="ChildProtectionPosts"/>), the cases whose tasks name them, and each department post's referrals in
    /// its area. The two are held together by a test that lists every case for every role and opens each one.
    /// </summary>
    public static CaseScope ListScope(AccessSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return new CaseScope(
            subject.Areas.Select(PrefixOf).OfType<string>().Distinct().ToList(),
            ChildProtectionPosts.Any(subject.Holds),
            subject.Id,
            subject.Assignments
                .Where(a => a.DepartmentCode is not null && PrefixOf(a.DivisionCode) is not null)
                .Select(a => new DepartmentScope(a.DepartmentCode!, PrefixOf(a.DivisionCode)!))
                .Distinct()
                .ToList());
    }

    /// <summary>
    /// <see cref="ListScope"/> for a search by a person's name: only the cases the caller sees with their names, i.e.
    /// without what a 督办 post alone lets them see (<see cref="SeesOnlyFacts"/>), so a name search cannot tell a
    /// supervisor whom a case is about.
    /// </summary>
    public static CaseScope NamedListScope(AccessSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return ListScope(subject with { Assignments = subject.Assignments.Where(a => a.PostCode != StandardPosts.Supervisor).ToList() });
    }

    /// <summary>
    /// May reveal a personal field of the case (with a reason, audited, rate-limited by the caller): the accepting
    /// window, someone who may act on an open task of the case, or the deciding level's office. Null when allowed,
    /// else the reason in Chinese. A supervisor (督办) or a department officer who merely sees the case may not.
    /// </summary>
    public static string? RefuseReveal(AccessSubject subject, CaseFacts facts)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(facts);
        if (!MaySee(subject, facts))
        {
            return "无权查看此案件";
        }
        var atWindow = facts.WindowDivision is { } window
            && subject.Assignments.Any(a => StandardPosts.WindowClerkPosts.Contains(a.PostCode) && DivisionCode.SameDivision(a.DivisionCode, window));
        var handling = facts.Tasks.Any(t => t.Open && t.Handlers.Contains(subject.Id));
        var deciding = facts.DecidingDivisions.Any(d => subject.Assignments.Any(a => a.DepartmentCode is null && a.PostCode != StandardPosts.Supervisor
            && a.PostCode != StandardPosts.Administrator && DivisionCode.SameDivision(a.DivisionCode, d)));
        return atWindow || handling || deciding ? null : "查看个人信息须为受理窗口、本案在办人员或审批层级人员";
    }

    /// <summary>Administers <paramref name="divisionCode"/> (organisation, routing, definitions, calendar, accounts): the post 系统管理员 over it.</summary>
    public static bool MayAdminister(AccessSubject subject, string divisionCode)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Assignments.Any(a => a.PostCode == StandardPosts.Administrator && InArea(a.DivisionCode, divisionCode));
    }

    /// <summary>
    /// Whether <paramref name="division"/> lies in one of the areas of the person's posts that are not a department's
    /// (the first administrator, made before any division exists, holds the whole country).
    /// </summary>
    public static bool InArea(AccessSubject subject, string? division)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Areas.Any(area => InArea(area, division));
    }

    private static bool InArea(string area, string? division) => DivisionCode.From(area) is { } a && a.Contains(division);

    /// <summary>The code prefix every division of the area starts with; null for a malformed area, which holds nothing.</summary>
    private static string? PrefixOf(string area) => DivisionCode.From(area)?.Prefix;

    /// <summary>A department's officer answers the tasks referred to that department in the department's own area.</summary>
    private static bool ForDepartment(AccessSubject subject, TaskFacts task) =>
        task.DepartmentCode is { } department && AnswersForDepartment(subject, department, task.DivisionCode);

    /// <summary>Holds a post of <paramref name="department"/> whose area holds <paramref name="division"/> (the office a referral is addressed to).</summary>
    public static bool AnswersForDepartment(AccessSubject subject, string department, string? division)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Assignments.Any(a => a.DepartmentCode == department && InArea(a.DivisionCode, division));
    }
}

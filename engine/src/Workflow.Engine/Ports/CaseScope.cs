namespace Workflow.Engine.Ports;

/// <summary>
/// The cases one person may see, in a form a list query applies in its SQL (so a page of a list is a page of what
/// the person may see, never the newest rows cut down afterwards). Built by the access policy
/// (<c>CaseAccessPolicy.ListScope</c>), which also decides single reads; a case is in scope when:
/// <list type="bullet">
/// <item>its division lies under one of <see cref="AreaPrefixes"/>, and it is not a child-protection case unless
/// <see cref="SeesRestricted"/>;</item>
/// <item>or one of its tasks names <see cref="PersonId"/> (holder, candidate, copy, or the officer who decided);</item>
/// <item>or one of its tasks is referred to a department of <see cref="Departments"/> in that department's area.</item>
/// </list>
/// An area prefix of <c>""</c> is the whole country.
/// </summary>
public sealed record CaseScope(
    IReadOnlyList<string> AreaPrefixes,
    bool SeesRestricted,
    string? PersonId,
    IReadOnlyList<DepartmentScope> Departments)
{
    /// <summary>Every case: for the system's own work (demo seeding, timers), never for a person's list.</summary>
    public static CaseScope Everything { get; } = new([""], true, null, []);

    /// <summary>When the list is read: a task names a deputy (代理) only until the cover ends. Null reads every cover as standing.</summary>
    public DateTimeOffset? At { get; init; }
}

/// <summary>A department post's reach: tasks referred to <paramref name="DepartmentCode"/> under <paramref name="AreaPrefix"/>.</summary>
public sealed record DepartmentScope(string DepartmentCode, string AreaPrefix);

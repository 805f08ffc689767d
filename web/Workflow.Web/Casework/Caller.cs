using Workflow.Engine.Divisions;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Web.Casework;

/// <summary>
/// The person behind a request, with their data scope: the subtrees of the divisions where they hold posts, plus
/// tasks addressed to their departments. Every casework query and every read of a case checks it, and a case out of
/// scope is answered as if it did not exist (404).
/// </summary>
public sealed record Caller(Actor Actor, string DisplayName, bool IsAdministrator)
{
    public string Id => Actor.Id;

    public IReadOnlyList<string> ScopeDivisions => Actor.DivisionCodes;

    public bool Sees(string? divisionCode) => DivisionCode.AnyContains(ScopeDivisions, divisionCode);

    /// <summary>Holds the window post (窗口受理) somewhere in their scope.</summary>
    public bool IsAtWindow => Actor.Posts.Contains(Workflow.Casework.StandardPosts.Window);

    /// <summary>
    /// The engine's own authority, recorded under this caller's id: for acts the host has already checked that the
    /// engine cannot judge (a supervisor's 人工指派, the window receiving supplied material).
    /// </summary>
    public Actor WithHostAuthority => Actor.System with { Id = Id };

    public bool ActsFor(string? departmentCode) => departmentCode is not null && Actor.Departments.Contains(departmentCode);

    /// <summary>
    /// The <c>LIKE</c> prefixes of the caller's subtrees (<see cref="DivisionCode.Prefix"/>); a malformed scope has none.
    /// </summary>
    public IReadOnlyList<string> ScopePrefixes =>
        ScopeDivisions.Select(DivisionCode.From).OfType<DivisionCode>().Select(d => d.Prefix).Distinct().ToList();
}

using Workflow.Casework;
using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Casework.Application;

/// <summary>
/// The person behind a request: the engine's <see cref="Actor"/> for commands, and the <see cref="AccessSubject"/>
/// that <see cref="CaseAccessPolicy"/> judges (which post is held where, and for which department). A case out of
/// what they may see is answered as if it did not exist (404).
/// </summary>
public sealed record Caller(Actor Actor, string DisplayName, AccessSubject Subject)
{
    public string Id => Actor.Id;

    /// <summary>
    /// When the request was made: a deputy (代理) stands on a task, and sees its case by it, only while the cover lasts
    /// (<see cref="Workflow.Engine.Runtime.TaskAuthority"/>). Null (a caller built outside a request) reads every cover as standing.
    /// </summary>
    public DateTimeOffset? At { get; init; }

    public bool IsAdministrator => Subject.IsAdministrator;

    /// <summary>The areas of the caller's posts that are not a department's: the subtrees whose cases they work on.</summary>
    public IReadOnlyList<string> ScopeDivisions => Subject.Areas.ToList();

    /// <summary>Whether <paramref name="divisionCode"/> lies in one of the caller's areas (<see cref="CaseAccessPolicy.InArea"/>).</summary>
    public bool Sees(string? divisionCode) => CaseAccessPolicy.InArea(Subject, divisionCode);

    /// <summary>A window clerk somewhere in their scope: holds one of <see cref="StandardPosts.WindowClerkPosts"/>.</summary>
    public bool IsAtWindow => StandardPosts.AtWindow(Actor.Posts);

    /// <summary>
    /// The engine's own authority, recorded under this caller's id: for acts the host has already checked that the
    /// engine cannot judge (a supervisor's 人工指派, the window receiving supplied material).
    /// </summary>
    public Actor WithHostAuthority => Actor.System with { Id = Id };

    /// <summary>The cases the caller may see, as lists put it in their SQL (<see cref="CaseAccessPolicy.ListScope"/>).</summary>
    public CaseScope Scope => CaseAccessPolicy.ListScope(Subject) with { At = At };

    /// <summary>The cases the caller sees with the applicant's name: what a name search may look in (<see cref="CaseAccessPolicy.NamedListScope"/>).</summary>
    public CaseScope NamedScope => CaseAccessPolicy.NamedListScope(Subject) with { At = At };

    public bool ActsFor(string? departmentCode) => departmentCode is not null && Actor.Departments.Contains(departmentCode);

    /// <summary>
    /// The <c>LIKE</c> prefixes of the caller's areas (<see cref="DivisionCode.Prefix"/>; the whole country's is empty);
    /// a malformed area has none.
    /// </summary>
    public IReadOnlyList<string> ScopePrefixes =>
        ScopeDivisions.Select(DivisionCode.From).OfType<DivisionCode>().Select(d => d.Prefix).Distinct().ToList();
}

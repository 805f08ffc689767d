using Workflow.Engine.Divisions;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Casework;

/// <summary>
/// Who asks, as the access policy needs them: the posts they hold where (<see cref="Assignments"/>, each with its
/// department when it is a department post), and whether they administer. The engine's flat <see cref="Actor"/> loses
/// which division goes with which post, which is exactly what tells a 区残联 officer from the 区民政局.
/// </summary>
public sealed record AccessSubject(string Id, IReadOnlyList<PostAssignment> Assignments)
{
    public bool IsAdministrator => Assignments.Any(a => a.PostCode == StandardPosts.Administrator);

    /// <summary>The divisions of the posts that are not a department's: the areas whose cases the person works on.</summary>
    public IEnumerable<string> Areas => Assignments.Where(a => a.DepartmentCode is null).Select(a => a.DivisionCode).Distinct();

    public bool Holds(string post) => Assignments.Any(a => a.PostCode == post);

    /// <summary>From the organisation's record of the person.</summary>
    public static AccessSubject Of(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AccessSubject(user.Id, user.Posts);
    }

    /// <summary>
    /// From a flat actor (an account in a deployment whose organisation lists nobody yet): each post in each of its
    /// divisions, and each department in each of its divisions; an actor with no division holds its posts nationwide
    /// (the first administrator, made at setup before any division exists).
    /// </summary>
    public static AccessSubject Of(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        IReadOnlyList<string> divisions = actor.DivisionCodes.Count > 0 ? actor.DivisionCodes : [DivisionCode.Nationwide.Value];
        var assignments = actor.Posts.SelectMany(p => divisions.Select(d => new PostAssignment(p, d)))
            .Concat(actor.Departments.SelectMany(dep => divisions.Select(d => new PostAssignment(StandardPosts.DepartmentHandler, d, dep))))
            .ToList();
        return new AccessSubject(actor.Id, assignments);
    }
}

namespace Workflow.Engine.Runtime.Commands;

/// <summary>
/// Who issues a command. <paramref name="Posts"/> are the posts the user holds and <paramref name="DivisionCodes"/>
/// the divisions they hold them in; <paramref name="Departments"/> the department codes they act for.
/// The system actor (timers, simulation) passes every check.
/// </summary>
public sealed record Actor(string Id, IReadOnlyList<string> Posts, IReadOnlyList<string> DivisionCodes, IReadOnlyList<string> Departments)
{
    public static readonly Actor System = new("system", [], [], []) { IsSystem = true };

    public bool IsSystem { get; init; }

    public static Actor User(string id, IReadOnlyList<string>? posts = null, IReadOnlyList<string>? divisions = null, IReadOnlyList<string>? departments = null) =>
        new(id, posts ?? [], divisions ?? [], departments ?? []);
}

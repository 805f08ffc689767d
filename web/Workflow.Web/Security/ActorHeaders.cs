using Workflow.Engine.Runtime.Commands;

namespace Workflow.Web.Security;

/// <summary>
/// The test suites' caller (<see cref="HeaderIdentity"/>, never in a deployment): <c>X-User</c> (user id),
/// <c>X-Posts</c>, <c>X-Divisions</c> and <c>X-Departments</c> (comma-separated). Every value is URL-encoded UTF-8,
/// because HTTP header values are ASCII: <c>X-Posts: %E6%B0%91%E6%94%BF%E5%8A%9E</c> is 民政办. Headers can never make a
/// caller the system actor.
/// </summary>
public static class ActorHeaders
{
    public const string User = "X-User";
    public const string Posts = "X-Posts";
    public const string Divisions = "X-Divisions";
    public const string Departments = "X-Departments";

    public static Actor? Read(HttpRequest request)
    {
        var user = Uri.UnescapeDataString(request.Headers[User].ToString()).Trim();
        if (user.Length == 0)
        {
            return null;
        }
        return Actor.User(user, List(request, Posts), List(request, Divisions), List(request, Departments));
    }

    private static string[] List(HttpRequest request, string header) =>
        request.Headers[header].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => Uri.UnescapeDataString(v).Trim())
            .Where(v => v.Length > 0)
            .ToArray();
}

using Workflow.Engine.Ports;

namespace Workflow.Casework;

/// <summary>
/// The engine's <see cref="IAssignmentResolver"/> over one immutable <see cref="Organisation"/>.
/// A post task gets the active users holding the post at exactly the requested division; a department task gets
/// the active users assigned to that department (optionally with the requested post). A vacant office falls back to
/// the parent division, again and again, and the <see cref="Assignment.Fallback"/> text records it. Users who are the
/// applicant or the applicant's registered relatives are excluded (回避) and named by user id only.
/// Swap the directory (not the organisation inside it) when the organisation changes; it is safe to share.
/// </summary>
public sealed partial class OrganisationDirectory : IAssignmentResolver
{
    private readonly Dictionary<(string Post, string Division), List<Holder>> _byPost = [];
    private readonly Dictionary<(string Department, string Division), List<Holder>> _byDepartment = [];
    private readonly HashSet<string> _postsInUse = new(StringComparer.Ordinal);

    public OrganisationDirectory(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        Organisation = organisation;
        _postsInUse.UnionWith(organisation.Posts.Select(p => p.Code));
        foreach (var user in organisation.Users.Where(u => u.Active).OrderBy(u => u.Id, StringComparer.Ordinal))
        {
            foreach (var a in user.Posts)
            {
                _postsInUse.Add(a.PostCode);
                Add(_byPost, (a.PostCode, a.DivisionCode), new Holder(user, a));
                if (a.DepartmentCode is not null)
                {
                    Add(_byDepartment, (a.DepartmentCode, a.DivisionCode), new Holder(user, a));
                }
            }
        }
    }

    public Organisation Organisation { get; }

    public Assignment Resolve(AssignmentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.DepartmentCode is not null)
        {
            return ResolveDepartment(request);
        }
        if (request.Post is null || !_postsInUse.Contains(request.Post) || request.DivisionCode is null)
        {
            return Assignment.Unresolved(request);
        }
        return Walk(request, request.DivisionCode, $"岗位 {request.Post}", division =>
            _byPost.TryGetValue((request.Post, division), out var list) ? list : []);
    }

    private Assignment ResolveDepartment(AssignmentRequest request)
    {
        if ((Organisation.FindDepartment(request.DepartmentCode, request.DivisionCode) ?? Organisation.FindDepartment(request.DepartmentCode)) is not { } department)
        {
            return Assignment.Unresolved(request);
        }
        var start = request.DivisionCode ?? department.DivisionCode;
        var subject = request.Post is null ? $"部门 {department.Name}({department.Code})" : $"部门 {department.Name}({department.Code}) 岗位 {request.Post}";
        return Walk(request, start, subject, division =>
            _byDepartment.TryGetValue((department.Code, division), out var list)
                ? [.. list.Where(h => request.Post is null || h.Assignment.PostCode == request.Post)]
                : []);
    }

    private static void Add<TKey>(Dictionary<TKey, List<Holder>> map, TKey key, Holder holder)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        // One entry per user and key, even if the same post is listed twice.
        if (!list.Exists(h => h.User.Id == holder.User.Id))
        {
            list.Add(holder);
        }
    }

    private sealed record Holder(User User, PostAssignment Assignment);
}

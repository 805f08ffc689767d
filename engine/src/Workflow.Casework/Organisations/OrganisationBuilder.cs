namespace Workflow.Casework;

/// <summary>
/// Collects divisions, departments, posts and users, then validates them together (references may point forward).
/// <see cref="Validate"/> returns field-path errors such as <c>divisions[3].parentCode</c>; <see cref="TryBuild"/>
/// gives the immutable <see cref="Organisation"/> only when there are none.
/// </summary>
public sealed partial class OrganisationBuilder
{
    private readonly List<Division> _divisions = [];
    private readonly List<Department> _departments = [];
    private readonly List<Post> _posts = [];
    private readonly List<User> _users = [];

    public OrganisationBuilder AddDivision(Division division)
    {
        ArgumentNullException.ThrowIfNull(division);
        _divisions.Add(division);
        return this;
    }

    public OrganisationBuilder AddDepartment(Department department)
    {
        ArgumentNullException.ThrowIfNull(department);
        _departments.Add(department);
        return this;
    }

    public OrganisationBuilder AddPost(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        _posts.Add(post);
        return this;
    }

    public OrganisationBuilder AddUser(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _users.Add(user);
        return this;
    }

    public OrganisationBuilder AddRange(IEnumerable<Division> divisions, IEnumerable<Department> departments, IEnumerable<Post> posts, IEnumerable<User> users)
    {
        _divisions.AddRange(divisions);
        _departments.AddRange(departments);
        _posts.AddRange(posts);
        _users.AddRange(users);
        return this;
    }

    /// <summary>True and the organisation when valid; false and the errors otherwise.</summary>
    public bool TryBuild(out Organisation? organisation, out IReadOnlyList<FieldError> errors)
    {
        errors = Validate();
        organisation = errors.Count == 0 ? new Organisation([.. _divisions], [.. _departments], [.. _posts], [.. _users]) : null;
        return organisation is not null;
    }

    /// <summary>The organisation, or <see cref="InvalidOperationException"/> listing every error (for code-built data).</summary>
    public Organisation Build() => TryBuild(out var organisation, out var errors)
        ? organisation!
        : throw new InvalidOperationException("Expected a valid organisation, but: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
}

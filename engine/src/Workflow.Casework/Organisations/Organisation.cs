namespace Workflow.Casework;

/// <summary>
/// An immutable, validated organisation: the division tree, departments, posts and users of one deployment.
/// Build it with <see cref="OrganisationBuilder"/> or read it with <c>OrganisationJson</c> /
/// <c>OrganisationCsv</c>; every instance has passed <see cref="OrganisationBuilder.Validate"/>, so lookups
/// can trust parent links and references. Replace the whole instance to change the organisation.
/// </summary>
public sealed partial class Organisation
{
    private readonly Dictionary<string, Division> _divisions;
    private readonly Dictionary<string, List<Division>> _children;
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, Department> _departmentsAt;
    private readonly Dictionary<string, Post> _posts;
    private readonly Dictionary<string, User> _users;

    internal Organisation(IReadOnlyList<Division> divisions, IReadOnlyList<Department> departments, IReadOnlyList<Post> posts, IReadOnlyList<User> users)
    {
        Divisions = divisions;
        Departments = departments;
        Posts = posts;
        Users = users;
        _divisions = divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _children = divisions
            .Where(d => d.ParentCode is not null)
            .GroupBy(d => d.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        _departments = departments.GroupBy(d => d.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _departmentsAt = departments.ToDictionary(d => OrganisationBuilder.DepartmentKey(d.Code, d.DivisionCode), StringComparer.Ordinal);
        _posts = posts.ToDictionary(p => p.Code, StringComparer.Ordinal);
        _users = users.ToDictionary(u => u.Id, StringComparer.Ordinal);
    }

    /// <summary>An organisation with nothing in it; queries fall back to code arithmetic.</summary>
    public static Organisation Empty { get; } = new([], [], [], []);

    /// <summary>In the order they were added (and are exported).</summary>
    public IReadOnlyList<Division> Divisions { get; }

    public IReadOnlyList<Department> Departments { get; }

    public IReadOnlyList<Post> Posts { get; }

    public IReadOnlyList<User> Users { get; }

    public Division? FindDivision(string? code) => code is not null && _divisions.TryGetValue(code, out var d) ? d : null;

    /// <summary>The first department with <paramref name="code"/> (each district may have one under the same code).</summary>
    public Department? FindDepartment(string? code) => code is not null && _departments.TryGetValue(code, out var d) ? d : null;

    /// <summary>The department with <paramref name="code"/> at exactly <paramref name="divisionCode"/>.</summary>
    public Department? FindDepartment(string? code, string? divisionCode) =>
        code is not null && _departmentsAt.TryGetValue(OrganisationBuilder.DepartmentKey(code, divisionCode), out var d) ? d : null;

    public Post? FindPost(string? code) => code is not null && _posts.TryGetValue(code, out var p) ? p : null;

    public User? FindUser(string? id) => id is not null && _users.TryGetValue(id, out var u) ? u : null;

    /// <summary>
    /// The one rule for showing a person: their display name, or the id when the organisation does not know them
    /// (a former employee, an external system's actor); empty for no one.
    /// </summary>
    public string UserName(string? id) => id is null ? "" : FindUser(id)?.Name ?? id;

    /// <summary>The division's name, or the code when it is not registered; empty for none.</summary>
    public string DivisionName(string? code) => code is null ? "" : FindDivision(code)?.Name ?? code;

    /// <summary>The department's name, or the code when it is not registered; empty for none.</summary>
    public string DepartmentName(string? code) => code is null ? "" : FindDepartment(code)?.Name ?? code;

    /// <summary>A builder holding this organisation's data, to change and rebuild it.</summary>
    public OrganisationBuilder ToBuilder() => new OrganisationBuilder().AddRange(Divisions, Departments, Posts, Users);
}

using System.Text.RegularExpressions;

namespace Workflow.Casework;

/// <summary>
/// The organisation as four CSV files, keyed by file name: <c>divisions.csv</c> (code,name,level,parentCode),
/// <c>departments.csv</c> (code,name,kind,divisionCode), <c>posts.csv</c> (code,name) and <c>users.csv</c>
/// (id,name,idNumber,phone,posts,relativeIdNumbers,active) where posts are <c>post@division[/dept]</c> and lists are
/// joined by <c>;</c>. Columns are found by header name, so their order is free. Text only: the caller reads and
/// writes the files (UTF-8; add a BOM if Excel must open them).
/// </summary>
public static partial class OrganisationCsv
{
    public const string DivisionsFile = "divisions.csv";
    public const string DepartmentsFile = "departments.csv";
    public const string PostsFile = "posts.csv";
    public const string UsersFile = "users.csv";

    internal static readonly string[] DivisionColumns = ["code", "name", "level", "parentCode"];
    internal static readonly string[] DepartmentColumns = ["code", "name", "kind", "divisionCode"];
    internal static readonly string[] PostColumns = ["code", "name"];
    internal static readonly string[] UserColumns = ["id", "name", "idNumber", "phone", "posts", "relativeIdNumbers", "active"];

    public static IReadOnlyDictionary<string, string> Write(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new Dictionary<string, string>
        {
            [DivisionsFile] = Table(DivisionColumns, organisation.Divisions.Select(d => new[] { d.Code, d.Name, d.Level, d.ParentCode })),
            [DepartmentsFile] = Table(DepartmentColumns, organisation.Departments.Select(d => new[] { d.Code, d.Name, d.Kind, d.DivisionCode })),
            [PostsFile] = Table(PostColumns, organisation.Posts.Select(p => new[] { p.Code, p.Name })),
            [UsersFile] = Table(UserColumns, organisation.Users.Select(u => new[]
            {
                u.Id, u.Name, u.IdNumber, u.Phone,
                string.Join(';', u.Posts.Select(a => a.ToString())),
                string.Join(';', u.RelativeIdNumbers),
                u.Active ? "true" : "false",
            })),
        };
    }

    private static string Table(string[] columns, IEnumerable<string?[]> rows) =>
        Csv.Line(columns) + string.Concat(rows.Select(Csv.Line));

    [GeneratedRegex(@"^(divisions|departments|posts|users)\[(\d+)\]\.?(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EntityPath();
}

using System.Net.Http.Headers;

namespace Workflow.Web.Tests.Support;

/// <summary>A caller as the X-User / X-Posts / X-Divisions / X-Departments headers describe it (URL-encoded UTF-8).</summary>
public sealed record TestActor(string User, string[] Posts, string[] Divisions, string[] Departments)
{
    public const string Village = "500113102001";
    public const string Township = "500113102000";
    public const string District = "500113000000";

    public static TestActor VillageAssistant { get; } = new("lina", ["村协理员"], [Village], []);

    public static TestActor TownshipReviewer { get; } = new("zhangwei", ["民政办"], [Township], []);

    public static TestActor EducationOfficer { get; } = new("chenjing", [], [District], ["district-education"]);

    /// <summary>Reads are scoped to the caller's divisions; the district administrator sees the whole district.</summary>
    public static TestActor Administrator { get; } = new("admin", ["系统管理员"], [District], []);

    public void ApplyTo(HttpRequestHeaders headers)
    {
        headers.Add("X-User", Uri.EscapeDataString(User));
        Add(headers, "X-Posts", Posts);
        Add(headers, "X-Divisions", Divisions);
        Add(headers, "X-Departments", Departments);
    }

    private static void Add(HttpRequestHeaders headers, string name, string[] values)
    {
        if (values.Length > 0)
        {
            headers.Add(name, string.Join(",", values.Select(Uri.EscapeDataString)));
        }
    }
}

using System.Net.Http.Headers;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>A caller as the host's X-User / X-Posts / X-Divisions / X-Departments headers describe them (URL-encoded UTF-8).</summary>
public sealed record Actor(string User, string[] Posts, string[] Divisions, string[] Departments)
{
    public const string Village = "500113102001";
    public const string Township = "500113102000";
    public const string District = "500113000000";

    public static Actor WindowClerk { get; } = new("wangfang", ["窗口受理"], [Township], []);

    public static Actor VillageAssistant { get; } = new("lina", ["村协理员"], [Village], []);

    public static Actor TownshipReviewer { get; } = new("zhangwei", ["民政办"], [Township], []);

    public static Actor DistrictApprover { get; } = new("liuqiang", ["区民政局"], [District], []);

    public static Actor Administrator { get; } = new("admin", ["系统管理员"], [District], []);

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

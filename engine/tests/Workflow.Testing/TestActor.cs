using System.Net.Http.Headers;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Testing;

/// <summary>
/// A named person of the tests, holding posts in divisions or acting for departments: the engine's <see cref="Actor"/>
/// for engine and scenario tests, and the X-User / X-Posts / X-Divisions / X-Departments headers (URL-encoded UTF-8)
/// for tests that call a web host.
/// </summary>
public sealed record TestActor(string User, string[] Posts, string[] Divisions, string[] Departments)
{
    /// <summary>前台综合受理窗口 at the township 便民服务中心.</summary>
    public static TestActor WindowClerk { get; } = new("wangfang", ["窗口受理"], [TestDivisions.Township], []);

    /// <summary>村级社会救助协理员 of the applicant's village.</summary>
    public static TestActor VillageAssistant { get; } = new("lina", ["村协理员"], [TestDivisions.Village], []);

    /// <summary>乡镇民政办 (the township's civil-affairs office, which signs off reviews).</summary>
    public static TestActor TownshipReviewer { get; } = new("zhangwei", ["民政办"], [TestDivisions.Township], []);

    /// <summary>社会救助经办人员 of the township, who pays out of the reserve fund and completes the file.</summary>
    public static TestActor CaseWorker { get; } = new("jingban-liu", ["社会救助经办"], [TestDivisions.Township], []);

    /// <summary>区民政局 officer who confirms or approves.</summary>
    public static TestActor DistrictApprover { get; } = new("liuqiang", ["区民政局"], [TestDivisions.District], []);

    /// <summary>区教育局 officer: a real department, but not the one a 两项补贴 referral goes to.</summary>
    public static TestActor EducationOfficer { get; } = new("chenjing", [], [TestDivisions.District], [TestDepartments.Education]);

    /// <summary>区残联 reviewer, acting for the district disabled persons' federation.</summary>
    public static TestActor DpfReviewer { get; } = new("qucanlian-zhao", [], [], [TestDepartments.DisabledPersonsFederation]);

    /// <summary>民政办 of the neighbouring township: the right post in the wrong office.</summary>
    public static TestActor OtherTownshipReviewer { get; } = new("minzhengban-sun", ["民政办"], [TestDivisions.OtherTownship], []);

    /// <summary>A villager who objects during the 公示.</summary>
    public static TestActor Villager { get; } = new("cunmin-zhou", [], [], []);

    /// <summary>Reads are scoped to the caller's divisions; the district administrator sees the whole district.</summary>
    public static TestActor Administrator { get; } = new("admin", ["系统管理员"], [TestDivisions.District], []);

    public static implicit operator Actor(TestActor actor) => actor.ToActor();

    public Actor ToActor() => Actor.User(User, Posts, Divisions, Departments);

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

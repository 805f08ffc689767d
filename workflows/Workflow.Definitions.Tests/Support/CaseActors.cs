namespace Workflow.Definitions.Tests.Support;

/// <summary>
/// The people of the issue-11 definitions (特困, 事实无人抚养儿童, 预警核查, 惠民殡葬, 高龄津贴, 儿童保护) beside the shared
/// <see cref="TestActor"/>s; posts are the <c>StandardPosts</c> strings the definitions name.
/// </summary>
internal static class CaseActors
{
    /// <summary>社会救助经办 of the township: investigates, records the person's choice, files the care agreement.</summary>
    public static TestActor TownshipCaseworker { get; } = new("wangfang", ["社会救助经办"], [TestDivisions.Township], []);

    /// <summary>机构经办 of the township's 区域性养老服务中心: admits a person to 集中供养.</summary>
    public static TestActor InstitutionClerk { get; } = new("xujian", ["机构经办"], [TestDivisions.Township], ["jieshi-elderly-care-centre"]);

    /// <summary>The village's 儿童主任.</summary>
    public static TestActor ChildDirector { get; } = new("zhoujie", ["儿童主任"], [TestDivisions.Village], []);

    /// <summary>The county 未成年人救助保护中心.</summary>
    public static TestActor ChildProtectionCentre { get; } = new("huangmin", ["未保中心"], [TestDivisions.District], []);

    /// <summary>The township 未成年人保护工作站.</summary>
    public static TestActor ChildProtectionStation { get; } = new("yangfan", ["未保工作站"], [TestDivisions.Township], []);

    /// <summary>区公安分局, 区教育局 and 区卫健委 officers, each acting for their department.</summary>
    public static TestActor PoliceOfficer { get; } = new("wangjun", [], [TestDivisions.District], ["district-public-security"]);

    public static TestActor EducationOfficer { get; } = new("chenjing", [], [TestDivisions.District], ["district-education"]);

    public static TestActor HealthOfficer { get; } = new("lihua", [], [TestDivisions.District], ["district-health"]);
}

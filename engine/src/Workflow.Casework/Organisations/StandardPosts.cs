namespace Workflow.Casework;

/// <summary>
/// The posts the shipped definitions and demo data use. Codes are exactly the strings in
/// <c>workflows/definitions/*.json</c> candidates; keep them in step.
/// </summary>
public static class StandardPosts
{
    public const string Window = "窗口受理";
    public const string Caseworker = "社会救助经办";
    public const string VillageAssistant = "村协理员";
    public const string TownshipReview = "民政办";
    public const string DistrictApproval = "区民政局";
    public const string ChildDirector = "儿童主任";

    /// <summary>The county 未成年人救助保护中心 (an institution under 民政): opens child-protection cases, 临时监护.</summary>
    public const string ChildProtectionCentre = "未保中心";

    /// <summary>The township 未成年人保护工作站: child-protection cases with the centre, 评估帮扶, 监护干预.</summary>
    public const string ChildProtectionStation = "未保工作站";

    /// <summary>An institution's own clerk (敬老院, 区域性养老服务中心, 特困供养服务机构): admissions. Held inside an institution.</summary>
    public const string InstitutionClerk = "机构经办";
    public const string Administrator = "系统管理员";
    public const string Supervisor = "督办";
    public const string DepartmentHandler = "部门经办";

    /// <summary>
    /// The window clerks (窗口受理人员): the 便民服务中心's 窗口受理 and the township 社会救助经办 who sits at the same window.
    /// Either may take an application (一门受理), save a draft, start a case, record supplied material (补正) and take
    /// the applicant's 撤销; their list of applications is what their windows accepted. The one rule for "at the window".
    /// </summary>
    public static IReadOnlyList<string> WindowClerkPosts { get; } = [Window, Caseworker];

    /// <summary>Whether <paramref name="posts"/> hold one of the <see cref="WindowClerkPosts"/>.</summary>
    public static bool AtWindow(IEnumerable<string> posts) => posts.Any(WindowClerkPosts.Contains);

    public static IReadOnlyList<Post> All { get; } =
    [
        new(Window, "窗口受理（便民服务中心综合窗口）"),
        new(Caseworker, "社会救助经办（乡镇经办人员）"),
        new(VillageAssistant, "村（社区）社会救助协理员"),
        new(TownshipReview, "乡镇（街道）民政办（审核）"),
        new(DistrictApproval, "区县民政局（审核确认、审批）"),
        new(ChildDirector, "儿童主任"),
        new(ChildProtectionCentre, "区县未成年人救助保护中心（未保中心）"),
        new(ChildProtectionStation, "乡镇（街道）未成年人保护工作站"),
        new(InstitutionClerk, "供养服务机构经办（入院、照料）"),
        new(Administrator, "系统管理员"),
        new(Supervisor, "督办"),
        new(DepartmentHandler, "协办部门经办人"),
    ];
}

namespace Workflow.Web.Casework;

/// <summary>Flags raised at intake; each is shown on the case and drives a rule.</summary>
public static class ApplicationFlags
{
    /// <summary>The applicant is staff's near relative: 单独登记备案, and the county visits the household itself.</summary>
    public const string SeparateRegistration = "单独登记备案：申请人是经办人员或村（社区）干部的近亲属，须由区县民政部门入户核查";

    /// <summary>A child-protection or orphan item: never published in a 公示, visible only to the posts its definition names.</summary>
    public const string ChildProtection = "儿童保护：不予公示，仅限指定岗位查看";

    /// <summary>Accepted in one province and decided in another (川渝通办, 异地代收代办).</summary>
    public const string CrossProvince = "跨省通办：受理地与审批地不同，结果回受理窗口出件";
}

namespace Workflow.Casework.Application;

/// <summary>
/// Flags raised at intake; each drives a rule and is shown on the case. They are stored as codes, and the sentence a
/// page shows is looked up here, so rewording a sentence never changes stored data. Bodies written when the sentences
/// themselves were stored are read back as their codes (<see cref="Code"/>).
/// </summary>
public static class ApplicationFlags
{
    /// <summary>The applicant is staff's near relative: 单独登记备案, and the county visits the household itself.</summary>
    public const string SeparateRegistration = "separate-registration";

    /// <summary>A child-protection or orphan item: never published in a 公示, visible only to the posts its definition names.</summary>
    public const string ChildProtection = "child-protection";

    /// <summary>Accepted in one province and decided in another (川渝通办, 异地代收代办).</summary>
    public const string CrossProvince = "cross-province";

    private static readonly (string Code, string Text)[] Table =
    [
        (SeparateRegistration, "单独登记备案：申请人是经办人员或村（社区）干部的近亲属，须由区县民政部门入户核查"),
        (ChildProtection, "儿童保护：不予公示，仅限指定岗位查看"),
        (CrossProvince, "跨省通办：受理地与审批地不同，结果回受理窗口出件"),
    ];

    /// <summary>What a page shows for a flag; an unknown code is shown as it is.</summary>
    public static string Text(string code) => Table.FirstOrDefault(t => t.Code == code).Text ?? code;

    /// <summary>The code of a stored flag: itself, or the code of a sentence stored before flags were codes.</summary>
    public static string Code(string stored) => Table.FirstOrDefault(t => t.Text == stored).Code ?? stored;
}

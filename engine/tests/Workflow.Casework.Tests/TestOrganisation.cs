namespace Workflow.Casework.Tests;

/// <summary>
/// A two-province organisation: 重庆 (区 directly under the municipality) and 四川 达州 (市 → 县 → 乡镇 → 村).
/// Codes and posts match <c>DemoData</c> and the shipped definitions.
/// </summary>
internal static class TestOrganisation
{
    public const string Chongqing = "500000000000";
    public const string District = "500113000000";
    public const string Township = "500113102000";
    public const string Village = "500113102001";
    public const string Village2 = "500113102002";
    public const string VacantTownship = "500113103000";
    public const string VacantVillage = "500113103001";
    public const string Sichuan = "510000000000";
    public const string Dazhou = "511700000000";
    public const string Xuanhan = "511722000000";
    public const string XuanhanTownship = "511722100000";
    public const string XuanhanVillage = "511722100001";

    public static readonly string ApplicantId = TestIds.Make("500113", "19800101", 35);
    public static readonly string ZhangweiId = TestIds.Make("500113", "19750505", 11);

    public static IReadOnlyList<Division> Divisions { get; } =
    [
        new(Chongqing, "重庆市", "province", null),
        new(District, "巴南区", "district", Chongqing),
        new(Township, "界石镇", "township", District),
        new(Village, "桂花村", "village", Township),
        new(Village2, "石岗村", "village", Township),
        new(VacantTownship, "南彭街道", "township", District),
        new(VacantVillage, "南彭社区", "village", VacantTownship),
        new(Sichuan, "四川省", "province", null),
        new(Dazhou, "达州市", "city", Sichuan),
        new(Xuanhan, "宣汉县", "district", Dazhou),
        new(XuanhanTownship, "东乡街道", "township", Xuanhan),
        new(XuanhanVillage, "东乡社区", "village", XuanhanTownship),
    ];

    public static IReadOnlyList<Department> Departments { get; } =
    [
        new("district-civil-affairs", "区民政局", "民政", District),
        new("district-education", "区教育局", "教育", District),
        new("district-medical-insurance", "区医保局", "医保", District),
        new("district-dpf", "区残联", "残联", District),
        new("xuanhan-education", "宣汉县教育局", "教育", Xuanhan),
    ];

    public static IReadOnlyList<User> Users { get; } =
    [
        new("wangfang", "王芳", null, "13800005678", [new("窗口受理", Township), new("社会救助经办", Township)], []),
        new("lina", "李娜", null, null, [new("村协理员", Village)], []),
        new("zhangwei", "张伟", ZhangweiId, "023-66123456", [new("民政办", Township)], []),
        new("zhaolei", "赵磊", null, null, [new("民政办", Township)], [ApplicantId]),
        new("liuqiang", "刘强", null, null, [new("区民政局", District)], []),
        new("chenjing", "陈静", null, null, [new("部门经办", District, "district-education")], []),
        new("zhouli", "周丽", null, null, [new("部门经办", District, "district-dpf")], []),
        new("retired", "退休人员", null, null, [new("民政办", VacantTownship)], [], Active: false),
        new("admin", "赵敏", null, null, [new("系统管理员", District)], []),
        new("xh-window", "宣汉窗口", null, null, [new("窗口受理", XuanhanTownship)], []),
    ];

    public static OrganisationBuilder Builder() =>
        new OrganisationBuilder().AddRange(Divisions, Departments, StandardPosts.All, Users);

    public static Organisation Build() => Builder().Build();
}

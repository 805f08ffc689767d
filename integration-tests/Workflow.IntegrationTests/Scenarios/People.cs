namespace Workflow.IntegrationTests.Scenarios;

/// <summary>The demo organisation's divisions and people the scenarios act as (see web/…/Hosting/Demo/DemoOrganisation.cs).</summary>
public static class People
{
    public const string Jieshi = "500113102000";
    public const string Guihua = "500113102001";
    public const string Shigang = "500113102002";
    public const string Banan = "500113000000";
    public const string Liangshan = "500155101000";
    public const string Shuanggui = "500155101001";
    public const string Tongchuan = "511703101000";
    public const string Xinhua = "511703101001";

    public const string Clerk = "wangfang";
    public const string VillageAssistant = "lina";
    public const string TownshipReviewer = "zhangwei";
    public const string SecondTownshipReviewer = "zhaolei";
    public const string DistrictApprover = "liuqiang";
    public const string SecondDistrictApprover = "zhengyan";
    public const string EducationOfficer = "chenjing";
    public const string MedicalOfficer = "sunli";
    public const string DisabilityOfficer = "zhouli";
    public const string CharityOfficer = "heping";
    public const string Supervisor = "dudao";
    public const string Administrator = "admin";
    public const string LiangpingWindow = "lp-window";
    public const string LiangpingTownship = "lp-township";
    public const string LiangpingDisability = "lp-dpf";
    public const string LiangpingDistrict = "lp-district";
    public const string DazhouWindow = "dz-window";
    public const string ChildProtectionCentre = "huangmin";
    public const string ChildProtectionStation = "yangfan";
    public const string ChildDirector = "zhoujie";
    public const string OtherChildDirector = "wuxia";
    public const string PoliceOfficer = "wangjun";
    public const string HealthOfficer = "lihua";
    public const string InstitutionClerk = "xujian";

    /// <summary>A household in 桂花村 applying at the 界石镇 window.</summary>
    public static object Application(string applicantId, string[] items, object? assessment = null, object[]? household = null, string? requestKey = null,
        string hukou = Guihua, string? residence = null, bool residencePermit = false, string window = Jieshi) => new
    {
        windowDivisionCode = window,
        applicant = new
        {
            name = "张秀英",
            idNumber = applicantId,
            phone = "13812345678",
            bankAccount = "6222020200112233445",
            hukouDivisionCode = hukou,
            residenceDivisionCode = residence ?? hukou,
            hasResidencePermit = residencePermit,
        },
        household = household ?? [],
        items,
        assessment = assessment ?? new { },
        consentToFinancialCheck = true,
        requestKey,
    };
}

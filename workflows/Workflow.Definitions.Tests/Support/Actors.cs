using Workflow.Engine.Runtime.Commands;

namespace Workflow.Definitions.Tests.Support;

/// <summary>The named people of the scenarios, each holding one post in one office.</summary>
internal static class Actors
{
    public const string DpfCode = "district-dpf";

    /// <summary>前台综合受理窗口 at the township 便民服务中心.</summary>
    public static readonly Actor Window = Actor.User("chuangkou-li", ["窗口受理"], [Divisions.Township]);

    /// <summary>村级社会救助协理员 of the applicant's village.</summary>
    public static readonly Actor VillageAssistant = Actor.User("xieliyuan-zhang", ["村协理员"], [Divisions.Village]);

    /// <summary>乡镇民政办 (the township's civil-affairs office, which signs off reviews).</summary>
    public static readonly Actor TownshipOffice = Actor.User("minzhengban-wang", ["民政办"], [Divisions.Township]);

    /// <summary>社会救助经办人员 of the township, who pays out of the reserve fund and completes the file.</summary>
    public static readonly Actor CaseWorker = Actor.User("jingban-liu", ["社会救助经办"], [Divisions.Township]);

    /// <summary>区民政局 officer who confirms or approves.</summary>
    public static readonly Actor DistrictBureau = Actor.User("quminzhengju-chen", ["区民政局"], [Divisions.District]);

    /// <summary>区残联 reviewer, acting for the district disabled persons' federation.</summary>
    public static readonly Actor DpfReviewer = Actor.User("qucanlian-zhao", departments: [DpfCode]);

    /// <summary>区教育局 officer: a real department, but not the one a 两项补贴 referral goes to.</summary>
    public static readonly Actor EducationOfficer = Actor.User("qujiaoyuju-xu", departments: ["district-education"]);

    /// <summary>民政办 of the neighbouring township: the right post in the wrong office.</summary>
    public static readonly Actor OtherTownshipOffice = Actor.User("minzhengban-sun", ["民政办"], [Divisions.OtherTownship]);

    /// <summary>A villager who objects during the 公示.</summary>
    public static readonly Actor Villager = Actor.User("cunmin-zhou");
}

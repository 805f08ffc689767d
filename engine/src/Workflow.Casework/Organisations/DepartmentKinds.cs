using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>
/// Department families named in the domain (§2.3). Kinds are plain Chinese strings so an organisation may add its
/// own; these are the ones the service catalogue and the default department codes know.
/// </summary>
public static class DepartmentKinds
{
    public const string CivilAffairs = "民政";
    public const string DisabledPersons = "残联";
    public const string Education = "教育";
    public const string MedicalSecurity = "医保";
    public const string Housing = "住建";
    public const string HumanResources = "人社";
    public const string Health = "卫健";
    public const string PublicSecurity = "公安";
    public const string RuralRevitalisation = "乡村振兴";
    public const string Charity = "慈善会";

    /// <summary>
    /// An institution under 民政 that takes admissions (敬老院, 区域性养老服务中心, 特困供养服务机构, 未成年人救助保护中心):
    /// an organisation unit like a department, whose staff hold their own posts (<see cref="StandardPosts.InstitutionClerk"/>).
    /// </summary>
    public const string Institution = "民政机构";

    private static readonly Dictionary<string, string> Slugs = new()
    {
        [CivilAffairs] = "civil-affairs",
        [DisabledPersons] = "dpf",
        [Education] = "education",
        [MedicalSecurity] = "medical-insurance",
        [Housing] = "housing",
        [HumanResources] = "hrss",
        [Health] = "health",
        [PublicSecurity] = "public-security",
        [RuralRevitalisation] = "rural-revitalisation",
        [Charity] = "charity",
        [Institution] = "institution",
    };

    private static readonly Dictionary<string, string> OfficeNames = new()
    {
        [CivilAffairs] = "民政局",
        [DisabledPersons] = "残联",
        [Education] = "教育局",
        [MedicalSecurity] = "医保局",
        [Housing] = "住房城乡建设委",
        [HumanResources] = "人力社保局",
        [Health] = "卫生健康委",
        [PublicSecurity] = "公安局",
        [RuralRevitalisation] = "乡村振兴局",
        [Charity] = "慈善会",
        [Institution] = "民政服务机构",
    };

    public static IReadOnlyCollection<string> Known => Slugs.Keys;

    /// <summary>The conventional office name of a kind at a level, e.g. 区教育局; used when no organisation is loaded.</summary>
    public static string DefaultName(string kind, string level)
    {
        // The short prefix an office name takes (区教育局, 乡镇民政办), by the level's one table entry.
        var prefix = AdministrativeLevelNames.Parse(level) switch
        {
            AdministrativeLevel.Province => "省",
            AdministrativeLevel.City => "市",
            AdministrativeLevel.District => "区",
            AdministrativeLevel.Township => "乡镇",
            _ => "",
        };
        return prefix + (OfficeNames.TryGetValue(kind, out var name) ? name : kind);
    }

    /// <summary>
    /// The conventional code of a kind's office at a level, as used by the definitions and the demo data:
    /// <c>district-education</c>, <c>district-dpf</c>, <c>district-medical-insurance</c>, <c>district-hrss</c>,
    /// <c>district-housing</c>. Used when no organisation is loaded.
    /// </summary>
    public static string DefaultCode(string kind, string level) =>
        $"{level}-{(Slugs.TryGetValue(kind, out var slug) ? slug : kind)}";
}

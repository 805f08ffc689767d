namespace Workflow.Casework;

/// <summary>
/// The items a deployment accepts. <see cref="Builtin"/> covers the social-assistance items of the domain document;
/// definition ids are the ones in <c>workflows/definitions</c>. The four 专项救助 definitions are a single
/// <c>Gov.Referral</c> each, so intake plans them as referrals (and names the definition, for hosts that run referrals
/// as instances). 孤儿 has no definition yet, so intake runs the generic review for it. Cases that start from another
/// system (儿童保护个案 from a 12345 ticket, 预警核查 from a monitoring alert, 惠民殡葬 from a death) are items too, so
/// routing rules, access and the ledger name them like any other.
/// </summary>
public sealed class ServiceCatalogue
{
    private readonly Dictionary<string, ServiceItem> _byCode;

    public ServiceCatalogue(IEnumerable<ServiceItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = [.. items];
        _byCode = new Dictionary<string, ServiceItem>(StringComparer.Ordinal);
        foreach (var item in Items)
        {
            if (string.IsNullOrWhiteSpace(item.Code) || string.IsNullOrWhiteSpace(item.Name) || string.IsNullOrWhiteSpace(item.OwnerDepartmentKind))
            {
                throw new ArgumentException($"Expected code, name and owner department for every item, but '{item.Code}' lacks one.", nameof(items));
            }
            if (item.DefaultTimeLimitDays is < 1 or > 365)
            {
                throw new ArgumentException($"Expected a time limit of 1..365 working days, but '{item.Code}' has {item.DefaultTimeLimitDays}.", nameof(items));
            }
            if (!_byCode.TryAdd(item.Code, item))
            {
                throw new ArgumentException($"Expected unique item codes, but '{item.Code}' appears twice.", nameof(items));
            }
        }
    }

    /// <summary>
    /// Time limits are working days. 低保/特困 30 (民发〔2021〕57号, 43号); 事实无人抚养儿童 30 (15 township + 15 county,
    /// domain S-11); referral items as in their definitions; the rest are common local practice.
    /// </summary>
    public static ServiceCatalogue Builtin { get; } = new(
    [
        new(ServiceItemCodes.Dibao, "最低生活保障（低保）", DepartmentKinds.CivilAffairs, "dibao", 30, false, AllowsResidenceApplication: true, RequiresFinancialCheck: true),
        new(ServiceItemCodes.Tekun, "特困人员救助供养", DepartmentKinds.CivilAffairs, "tekun", 30, false, RequiresFinancialCheck: true),
        new(ServiceItemCodes.TemporaryAssistance, "临时救助", DepartmentKinds.CivilAffairs, "temporary-assistance", 15, false, AllowsResidenceApplication: true),
        new(ServiceItemCodes.MedicalAssistance, "医疗救助", DepartmentKinds.MedicalSecurity, "medical-assistance", 10, false),
        new(ServiceItemCodes.EducationAssistance, "教育救助", DepartmentKinds.Education, "education-assistance", 10, false),
        new(ServiceItemCodes.HousingAssistance, "住房救助", DepartmentKinds.Housing, "housing-assistance", 15, false),
        new(ServiceItemCodes.EmploymentAssistance, "就业救助", DepartmentKinds.HumanResources, "employment-assistance", 10, false),
        new(ServiceItemCodes.DisabilitySubsidies, "残疾人两项补贴", DepartmentKinds.CivilAffairs, "disability-subsidies", 30, false),
        new(ServiceItemCodes.Orphan, "孤儿基本生活保障", DepartmentKinds.CivilAffairs, null, 30, true),
        new(ServiceItemCodes.ChildProtection, "儿童保护个案", DepartmentKinds.CivilAffairs, "child-protection", 30, true),
        new(ServiceItemCodes.DeFactoUnsupportedChild, "事实无人抚养儿童认定", DepartmentKinds.CivilAffairs, "de-facto-unsupported-child", 30, true),
        new(ServiceItemCodes.AlertVerification, "低收入人口动态监测预警核查", DepartmentKinds.CivilAffairs, "alert-verification", 5, false),
        new(ServiceItemCodes.FuneralRelief, "惠民殡葬救助", DepartmentKinds.CivilAffairs, "funeral-relief", 10, false),
        new(ServiceItemCodes.OldAgeAllowance, "高龄津贴", DepartmentKinds.CivilAffairs, "old-age-allowance", 20, false),
    ]);

    /// <summary>In catalogue order.</summary>
    public IReadOnlyList<ServiceItem> Items { get; }

    public ServiceItem? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var item) ? item : null;

    public bool Contains(string? code) => Find(code) is not null;
}

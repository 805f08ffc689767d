namespace Workflow.Casework;

/// <summary>
/// The items a deployment accepts. <see cref="Builtin"/> covers the social-assistance items of the domain document;
/// definition ids are the ones in <c>workflows/definitions</c>. The four 专项救助 definitions are a single
/// <c>Gov.Referral</c> each, so intake plans them as referrals (and names the definition, for hosts that run referrals
/// as instances). 特困 and 孤儿 have no definition yet, so intake refers them to the 民政 office instead.
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
    /// Time limits are working days. 低保/特困 30 (民发〔2021〕57号, 43号); referral items as in their definitions;
    /// the rest are common local practice.
    /// </summary>
    public static ServiceCatalogue Builtin { get; } = new(
    [
        new(ServiceItemCodes.Dibao, "最低生活保障（低保）", DepartmentKinds.CivilAffairs, "dibao", 30, false, AllowsResidenceApplication: true, RequiresFinancialCheck: true),
        new(ServiceItemCodes.Tekun, "特困人员救助供养", DepartmentKinds.CivilAffairs, null, 30, false, RequiresFinancialCheck: true),
        new(ServiceItemCodes.TemporaryAssistance, "临时救助", DepartmentKinds.CivilAffairs, "temporary-assistance", 15, false, AllowsResidenceApplication: true),
        new(ServiceItemCodes.MedicalAssistance, "医疗救助", DepartmentKinds.MedicalSecurity, "medical-assistance", 10, false),
        new(ServiceItemCodes.EducationAssistance, "教育救助", DepartmentKinds.Education, "education-assistance", 10, false),
        new(ServiceItemCodes.HousingAssistance, "住房救助", DepartmentKinds.Housing, "housing-assistance", 15, false),
        new(ServiceItemCodes.EmploymentAssistance, "就业救助", DepartmentKinds.HumanResources, "employment-assistance", 10, false),
        new(ServiceItemCodes.DisabilitySubsidies, "残疾人两项补贴", DepartmentKinds.CivilAffairs, "disability-subsidies", 30, false),
        new(ServiceItemCodes.Orphan, "孤儿基本生活保障", DepartmentKinds.CivilAffairs, null, 30, true),
    ]);

    /// <summary>In catalogue order.</summary>
    public IReadOnlyList<ServiceItem> Items { get; }

    public ServiceItem? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var item) ? item : null;

    public bool Contains(string? code) => Find(code) is not null;
}

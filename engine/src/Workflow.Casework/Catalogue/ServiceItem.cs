namespace Workflow.Casework;

/// <summary>
/// A service item (事项) that can be applied for. <paramref name="OwnerDepartmentKind"/> decides the split at intake:
/// 民政 items run <paramref name="DefinitionId"/> (when there is one), others become referrals to that department.
/// <paramref name="DefaultTimeLimitDays"/> (working days) applies when no routing rule says otherwise.
/// <paramref name="ChildProtection"/> items are never published in a 公示 and are visible only to named posts.
/// <paramref name="AllowsResidenceApplication"/>: a 居住证 holder may apply (and be decided) where they live.
/// <paramref name="RequiresFinancialCheck"/>: the applicant must authorise the 家庭经济状况核对.
/// </summary>
public sealed record ServiceItem(
    string Code,
    string Name,
    string OwnerDepartmentKind,
    string? DefinitionId,
    int DefaultTimeLimitDays,
    bool ChildProtection,
    bool AllowsResidenceApplication = false,
    bool RequiresFinancialCheck = false)
{
    /// <summary>Whether 公示 may name this case; false for child-protection items.</summary>
    public bool MayBePublished => !ChildProtection;
}

using Workflow.Casework.Benefits;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// The items an approval enters in the ledger, and how: for a person or the household, restricted (child protection),
/// and whether the amount follows the household's size. An item not listed here grants nothing.
/// </summary>
public static class LedgerItems
{
    public const string DeFactoUnsupportedChild = "de-facto-unsupported-child";

    private static readonly Dictionary<string, LedgerItem> Items = new(StringComparer.Ordinal)
    {
        [ServiceItemCodes.Tekun] = new(ServiceItemCodes.Tekun, "特困人员救助供养", BeneficiaryKind.Person, false),
        [DeFactoUnsupportedChild] = new(DeFactoUnsupportedChild, "事实无人抚养儿童基本生活补贴", BeneficiaryKind.Person, true),
        [ServiceItemCodes.Dibao] = new(ServiceItemCodes.Dibao, "最低生活保障", BeneficiaryKind.Household, false),
        [OldAgeAllowance.ItemCode] = new(OldAgeAllowance.ItemCode, "高龄津贴", BeneficiaryKind.Person, false),
    };

    public static LedgerItem? Find(string? code) => code is not null && Items.TryGetValue(code, out var item) ? item : null;

    public static string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>低保 is paid per member, so a death recomputes it; the others are one person's.</summary>
    public static bool AmountFollowsSize(string code) => code == ServiceItemCodes.Dibao;
}

/// <param name="Restricted">Listed only to those the child-protection rules let see such cases.</param>
public sealed record LedgerItem(string Code, string Name, BeneficiaryKind Kind, bool Restricted);

namespace Workflow.Casework.Benefits;

/// <summary>
/// The names of the rules that change the ledger, stored with every change so an auditor reads why, and their Chinese
/// wording for the pages. One table: a rule named in a change and missing here is a bug a test catches.
/// </summary>
public static class LedgerRules
{
    public const string StartMonthAfterApproval = "start.month-after-approval";
    public const string StartMonthOfApproval = "start.month-of-approval";
    public const string AmountChangedByDecision = "amount.decision";
    public const string AmountHouseholdSize = "amount.household-size";
    public const string AmountAgeBand = "amount.age-band";
    public const string StopMonthAfterDeath = "stop.month-after-death";
    public const string StopMonthAfterMove = "stop.month-after-move";
    public const string StopByDecision = "stop.decision";
    public const string OldAgeAllowanceOnBirthday = "grant.old-age-80th-birthday";

    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        [StartMonthAfterApproval] = "自批准的次月起发放",
        [StartMonthOfApproval] = "自批准当月起发放",
        [AmountChangedByDecision] = "经审批调整金额",
        [AmountHouseholdSize] = "家庭人口变化，按新的保障人数重新核定",
        [AmountAgeBand] = "年龄达到新的高龄津贴档次",
        [StopMonthAfterDeath] = "本人死亡，自次月起停发",
        [StopMonthAfterMove] = "户籍迁出，自次月起停发",
        [StopByDecision] = "经审批停发",
        [OldAgeAllowanceOnBirthday] = "年满 80 周岁，免申即享，自次月起发放",
    };

    public static IReadOnlyCollection<string> All => Texts.Keys;

    public static string TextOf(string rule) => Texts.TryGetValue(rule, out var text) ? text : rule;
}

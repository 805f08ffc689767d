using Workflow.Casework.Application.Views;
using Workflow.Casework;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// The monthly standards an item is granted at, as the officer deciding it should see them: the same settings
/// (<see cref="LedgerOptions"/>) the ledger grants from in <see cref="LedgerGrants.Decide"/>, so the page and the payment agree.
/// </summary>
public static class ApplicableStandards
{
    private const string Basis = "本区县待遇标准设置";

    private static readonly Dictionary<string, string> CareLevels = new(StringComparer.Ordinal)
    {
        ["able"] = "具备生活自理能力",
        ["partly"] = "部分丧失生活自理能力",
        ["unable"] = "完全丧失生活自理能力",
    };

    public static IReadOnlyList<EvidenceStandard> For(string? itemCode, LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return itemCode switch
        {
            ServiceItemCodes.Dibao or "dibao-review" => [new("低保标准（每人每月）", options.DibaoPerMemberYuan, Basis + "；保障金按家庭人口计算，案件另定金额的从其规定")],
            ServiceItemCodes.Tekun => [new("特困人员基本生活标准（每月）", options.TekunBasicYuan, Basis),
                .. LedgerOptions.SelfCareLevels.Select(l => new EvidenceStandard($"照料护理标准：{CareLevels[l]}（每月）", options.TekunCareYuan.GetValueOrDefault(l), Basis))],
            LedgerItems.DeFactoUnsupportedChild => [new("事实无人抚养儿童基本生活补贴（每月）", options.DeFactoChildYuan, Basis)],
            _ => [],
        };
    }
}

namespace Workflow.Engine.Activities.Design;

/// <summary>Chinese words for outcomes and ports; any other shows as written.</summary>
public static class PortLabels
{
    /// <summary>
    /// The one table of outcome and port names in Chinese: the designer's ports and the pages' decisions, timelines
    /// and results read it. Case-insensitive, because Elsa's own ports are capitalised (<c>Done</c>, <c>True</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Chinese { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["approve"] = "同意",
        ["reject"] = "不同意",
        ["return"] = "退回补正",
        ["resubmit"] = "补正后重新提交",
        ["withdraw"] = "终止申请",
        ["objection"] = "有异议",
        ["agree"] = "同意",
        ["disagree"] = "不同意",
        ["eligible"] = "符合条件",
        ["ineligible"] = "不符合条件",
        ["paid"] = "已发放",
        // 特困 (生活自理能力评估, 供养方式), 预警核查, 惠民殡葬 and 儿童保护 (issue 11)
        ["able"] = "符合条件（生活能够自理）",
        ["partly"] = "符合条件（生活部分自理）",
        ["unable"] = "符合条件（生活不能自理）",
        ["centralised"] = "集中供养",
        ["dispersed"] = "分散供养",
        ["admitted"] = "已入院",
        ["signed"] = "协议已签订",
        ["assist"] = "需要救助（代为申请）",
        ["noNeed"] = "无需救助",
        ["accepted"] = "家属接受救助",
        ["declined"] = "家属放弃",
        ["opened"] = "已立案",
        ["homeVisited"] = "已入户查看",
        ["recorded"] = "已登记",
        ["replied"] = "已回复",
        ["assessed"] = "已评估",
        ["satisfied"] = "满意",
        ["basicallySatisfied"] = "基本满意",
        ["dissatisfied"] = "不满意",
        ["visited"] = "已随访",
        ["Done"] = "完成",
        ["True"] = "是",
        ["False"] = "否",
    };

    /// <summary>The Chinese name of <paramref name="outcome"/>, or the code itself when the table has none.</summary>
    public static string Of(string? outcome) =>
        outcome is null ? "" : Chinese.TryGetValue(outcome, out var name) ? name : outcome;
}

namespace Workflow.Web.Ui.Admin.Definitions;

/// <summary>The activities the designer offers, in palette order, with their Chinese names. Other types are shown by type name.</summary>
public static class DesignerPalette
{
    public static IReadOnlyList<(string Type, string Name)> Items { get; } =
    [
        ("Gov.ApprovalTask", "审批任务"),
        ("Gov.ApprovalChain", "逐级审批"),
        ("Gov.Referral", "部门协办"),
        ("Gov.PublicNotice", "公示"),
        ("Elsa.FlowDecision", "条件判断"),
        ("Elsa.FlowFork", "并行分支"),
        ("Elsa.FlowJoin", "汇聚"),
        ("Elsa.Delay", "定时等待"),
        ("Elsa.End", "办结"),
    ];

    public static string NameOf(string type) => type switch
    {
        "Elsa.Start" => "开始",
        _ => Items.FirstOrDefault(i => i.Type == type).Name ?? type,
    };
}

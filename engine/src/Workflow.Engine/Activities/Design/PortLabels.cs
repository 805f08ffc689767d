namespace Workflow.Engine.Activities.Design;

/// <summary>The Chinese words the designer shows for the ports of the table's types; any other port shows as written.</summary>
public static class PortLabels
{
    public static IReadOnlyDictionary<string, string> Chinese { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["approve"] = "同意",
        ["reject"] = "不同意",
        ["return"] = "退回",
        ["Done"] = "完成",
        ["objection"] = "有异议",
        ["True"] = "是",
        ["False"] = "否",
    };
}

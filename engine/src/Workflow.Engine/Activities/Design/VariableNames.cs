namespace Workflow.Engine.Activities.Design;

/// <summary>
/// Chinese names of the workflow variables the shipped definitions use (Elsa's variables carry only a name). The
/// designer shows them beside the name an administrator typed, which stays the identifier (issue 12).
/// </summary>
public static class VariableNames
{
    /// <summary>The one table of variable names in Chinese; a variable not listed shows as written.</summary>
    public static IReadOnlyDictionary<string, string> Chinese { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["result"] = "办理结果",
        ["returnTo"] = "退回的环节",
        ["paymentStatus"] = "发放状态",
        ["selfCare"] = "生活自理能力",
        ["supportMode"] = "供养方式",
        ["careAgreement"] = "委托照料协议",
        ["dpfReview"] = "残联审核意见",
        ["educationReply"] = "教育部门答复",
        ["healthReply"] = "卫健部门答复",
        ["policeReply"] = "公安部门答复",
        ["satisfaction"] = "满意度",
        ["ticketOutcome"] = "工单办理结果",
    };

    /// <summary>The Chinese name of <paramref name="variable"/>, or null when the table has none.</summary>
    public static string? Of(string? variable) =>
        variable is not null && Chinese.TryGetValue(variable, out var name) ? name : null;
}

using System.Text.Json.Nodes;

namespace Workflow.Casework.Application;

/// <summary>
/// A finished sub-case's result, read from its <c>result</c> variable: a word set by the definition ("approved") or,
/// for a referral, the department's reply object whose outcome is used.
/// </summary>
public static class ResultNames
{
    public static string? Of(IReadOnlyDictionary<string, JsonNode?> variables, string subStatus)
    {
        if (subStatus is "Withdrawn" or "Terminated" or "ClosedForMissingMaterial")
        {
            return subStatus switch
            {
                "Withdrawn" => "withdrawn",
                "Terminated" => "terminated",
                _ => "closed-missing-material",
            };
        }
        if (!variables.TryGetValue("result", out var node) || node is null)
        {
            return null;
        }
        var text = node is JsonObject o ? (string?)o["outcome"] : node.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)node : null;
        return text switch
        {
            "approve" => "approved",
            "reject" => "rejected",
            "" => null,
            _ => text,
        };
    }

    public static string? NameOf(string? result) => result switch
    {
        null => null,
        "approved" => "批准",
        "rejected" => "不予批准",
        "withdrawn" => "撤销申请",
        "terminated" => "终止办理",
        "closed-missing-material" => "逾期未补正，自动结案",
        "continued" => "继续享受",
        "tapering" => "渐退",
        "exited" => "退出",
        "recovered" => "追回",
        _ => result,
    };

    public static bool IsRefusal(string? result) => result is "rejected";
}

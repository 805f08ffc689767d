using System.Text.Json.Nodes;

namespace Workflow.Web.Hosting.Demo;

/// <summary>
/// Sample people and cases under district 500113; the township (500113102) and village codes are illustrative.
/// Posts and department codes must match the candidates in <c>workflows/definitions</c>; a case whose definition is
/// not published is skipped.
/// </summary>
public static class DemoData
{
    public const string Township = "500113102000";
    public const string Village = "500113102001";
    public const string District = "500113000000";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("窗口受理员", "王芳", "wangfang", ["窗口受理", "社会救助经办"], [Township], []),
        new("村协理员", "李娜", "lina", ["村协理员"], [Village], []),
        new("乡镇审核人", "张伟", "zhangwei", ["民政办"], [Township], []),
        new("区县审批人", "刘强", "liuqiang", ["区民政局"], [District], []),
        new("教育局经办人", "陈静", "chenjing", [], [District], ["district-education"]),
        new("残联经办人", "周丽", "zhouli", [], [District], ["district-dpf"]),
        new("系统管理员", "赵敏", "admin", ["系统管理员"], [District], []),
    ];

    public static IReadOnlyList<DemoCase> Cases { get; } =
    [
        new("demo-dibao-001", "dibao", Village, "张秀英", new JsonObject { ["householdSize"] = 3, ["reason"] = "家庭成员因病丧失劳动能力" }),
        new("demo-dibao-002", "dibao", "500113102002", "王建国", new JsonObject { ["householdSize"] = 1, ["reason"] = "独居老人，无固定收入" }),
        new("demo-temporary-001", "temporary-assistance", Village, "赵小红", new JsonObject { ["category"] = "急难型", ["reason"] = "住房失火" }),
        new("demo-disability-001", "disability-subsidies", Village, "孙明", new JsonObject { ["disabilityLevel"] = "二级" }),
    ];
}

using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;

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
        new("村协理员", "刘艳", "liuyan", ["村协理员"], ["500113102002"], []),
        new("乡镇审核人", "张伟", "zhangwei", ["民政办"], [Township], []),
        new("区县审批人", "刘强", "liuqiang", ["区民政局"], [District], []),
        new("区县审批人", "郑燕", "zhengyan", ["区民政局"], [District], []),
        new("教育局经办人", "陈静", "chenjing", [], [District], ["district-education"]),
        new("残联经办人", "周丽", "zhouli", [], [District], ["district-dpf"]),
        new("系统管理员", "赵敏", "admin", ["系统管理员"], [District], []),
        // The other people of DemoOrganisation, so every journey can be walked in the browser.
        new("乡镇审核人", "赵磊", "zhaolei", ["民政办"], [Township], []),
        new("窗口受理员", "陈霞", "chenxia", ["窗口受理", "社会救助经办"], [Township], []),
        new("医保局经办人", "孙莉", "sunli", [], [District], ["district-medical-insurance"]),
        new("慈善会经办人", "何平", "heping", [], [District], ["district-charity"]),
        new("督办人员", "杜涛", "dudao", ["督办"], [District], []),
        new("窗口受理员", "梁平窗口 马丽", "lp-window", ["窗口受理"], [DemoOrganisation.Liangshan], []),
        new("乡镇审核人", "梁平乡镇 罗军", "lp-township", ["民政办"], [DemoOrganisation.Liangshan], []),
        new("残联经办人", "梁平残联 吴芳", "lp-dpf", [], [DemoOrganisation.Liangping], ["district-dpf"]),
        new("区县审批人", "梁平民政 郑强", "lp-district", ["区民政局"], [DemoOrganisation.Liangping], []),
        new("窗口受理员", "达州窗口 黄蓉", "dz-window", ["窗口受理"], [DemoOrganisation.Tongchuan], []),
        new("乡镇审核人", "达州乡镇 邓华", "dz-township", ["民政办"], [DemoOrganisation.Tongchuan], []),
        new("残联经办人", "达州残联 冯敏", "dz-dpf", [], [DemoOrganisation.Dachuan], ["district-dpf"]),
        new("区县审批人", "达州民政 许刚", "dz-district", ["区民政局"], [DemoOrganisation.Dachuan], []),
        // Scenarios 5 and 7 (issue 11): child protection, 公安 and 卫健, an institution's clerk.
        new("未保中心工作人员", "黄敏", "huangmin", ["未保中心"], [District], []),
        new("未保工作站专干", "杨帆", "yangfan", ["未保工作站"], [Township], []),
        new("儿童主任", "周洁", "zhoujie", ["儿童主任"], [Village], []),
        new("儿童主任", "吴霞", "wuxia", ["儿童主任"], ["500113102002"], []),
        new("公安分局经办人", "王军", "wangjun", [], [District], ["district-public-security"]),
        new("卫健委经办人", "李华", "lihua", [], [District], ["district-health"]),
        new("养老服务中心经办人", "徐健", "xujian", ["机构经办"], [Township], [DemoOrganisation.JieshiElderlyCareCentre]),
        new("儿童主任", "梁平儿童主任 谭静", "lp-child", ["儿童主任"], [DemoOrganisation.Shuanggui], []),
        new("儿童主任", "达州儿童主任 蒋丽", "dz-child", ["儿童主任"], [DemoOrganisation.Xinhua], []),
    ];

    public static IReadOnlyList<DemoCase> Cases { get; } =
    [
        new("demo-dibao-001", "dibao", Village, "张秀英", new JsonObject { ["householdSize"] = 3, ["reason"] = "家庭成员因病丧失劳动能力" }),
        new("demo-dibao-002", "dibao", "500113102002", "王建国", new JsonObject { ["householdSize"] = 1, ["reason"] = "独居老人，无固定收入" }),
        new("demo-temporary-001", "temporary-assistance", Village, "赵小红", new JsonObject { ["category"] = "急难型", ["reason"] = "住房失火" }),
        new("demo-disability-001", "disability-subsidies", Village, "孙明", new JsonObject { ["disabilityLevel"] = "二级" }),
        // Issue 12: a 支出型临时救助 the township has approved, at the district's 集体研究 (会签 of the 区民政局 officers):
        // 郑燕 has signed, 刘强 has not.
        new("demo-temporary-expense-001", "temporary-assistance-expense", Village, "钱桂兰", new JsonObject { ["reason"] = "重病住院，自付医疗费用高" })
        {
            FirstApprovedBy = Actor.User("zhangwei", ["民政办"], [Township]),
            ThenSignedBy = Actor.User("zhengyan", ["区民政局"], [District]),
        },
        // Scenario 7: a 低收入人口动态监测 alert that opened a verification for 李娜 (村协理员 桂花村), as the inbound routing starts it.
        new("demo-alert-001", "alert-verification", Village, "陈德福", new JsonObject
        {
            [CaseInputKeys.ServiceItem] = "alert-verification",
            [CaseInputKeys.ApplicantIdNumber] = DemoOrganisation.Id("50011319500315201"),
            ["alertIndicators"] = new JsonArray("唯一赡养人死亡", "医保自付费用高"),
            ["alertPlatform"] = "低收入人口动态监测",
            ["alertRaisedAt"] = "2026-12-01T09:00:00+08:00",
        }),
        // Scenario 5: a 12345 ticket about a child left alone, waiting for the county 未保中心 (黄敏) to open the case.
        new("demo-child-protection-001", "child-protection", Village, "小明", new JsonObject
        {
            [CaseInputKeys.ServiceItem] = "child-protection",
            [CaseInputKeys.ChildProtection] = true,
            ["ticketNumber"] = "GD20261201-0001",
            ["cityCentre"] = "重庆市12345热线",
            ["ticketSummary"] = "邻居反映一名9岁儿童独自在家数周，父母联系不上",
            ["ticketCategory"] = "未成年人保护",
            ["childAddress"] = "桂花村3组",
            ["ticketReceivedAt"] = "2026-12-01T09:00:00+08:00",
        }),
    ];
}

using Workflow.Casework.Application.Views;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.State;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// How the case summary shows a case's input: a Chinese label per known field, readable values (是/否, division names),
/// and the fields that are ids for machines (the application id) left out; where an outside system's message started
/// the case, its facts are shown apart (<see cref="CaseOrigin"/>). A field nobody named is 其他办理信息, never its key.
/// </summary>
public static class CaseFieldNames
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["caseNumber"] = "受理编号",
        [CaseInputKeys.ApplicantIdNumber] = "申请人身份证号",
        ["applicantPhone"] = "联系电话",
        ["windowDivisionCode"] = "受理窗口区划",
        ["decidingDivisionCode"] = "审批机关区划",
        ["hukouDivisionCode"] = "户籍地",
        ["residenceDivisionCode"] = "居住地",
        ["householdSize"] = "家庭人口",
        [CaseInputKeys.ChildProtection] = "儿童保护案件",
        ["disabilityGrade"] = "残疾等级",
        ["incomeRatio"] = "人均收入与低保标准之比",
        ["householdId"] = "户编号",
        ["campaign"] = "复核批次",
        ["reason"] = "申请事由",
        ["category"] = "救助类别",
        ["disabilityLevel"] = "残疾等级",
        ["deathSource"] = "死亡信息来源",
        ["deceasedIdNumber"] = "死者身份证号",
        ["diedOn"] = "死亡日期",
        ["movedOn"] = "迁出日期",
        ["monthlyAmountYuan"] = "月保障金额（元）",
    };

    /// <summary>Fields whose value is a division code: the page shows the division's name, the code on hover.</summary>
    private static readonly HashSet<string> Divisions = new(StringComparer.Ordinal) { "windowDivisionCode", "decidingDivisionCode", "hukouDivisionCode", "residenceDivisionCode" };

    /// <summary>What a field nobody has named yet is called, rather than its machine key.</summary>
    public const string Unnamed = "其他办理信息";

    // The item is the summary's 事项 (by name); the division, applicant and application have rows of their own.
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        CaseInputKeys.DivisionCode, CaseInputKeys.ApplicantName, CaseInputKeys.ApplicationId, CaseInputKeys.ServiceItem,
    };

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Each shown field with its Chinese label; <c>IsDivision</c> when the value is a division code to show by name.</summary>
    public static IEnumerable<(string Label, string Value, bool IsDivision)> Of(JsonObject? input) =>
        (input ?? []).Where(p => !Hidden.Contains(p.Key) && !CaseOrigin.Keys.Contains(p.Key))
            .Select(p => (Labels.GetValueOrDefault(p.Key, Unnamed), Text(p.Value), Divisions.Contains(p.Key)));

    /// <summary>Whether a field has its own Chinese label (a test reads every field the product writes).</summary>
    public static bool IsLabelled(string key) => Labels.ContainsKey(key) || Hidden.Contains(key) || CaseOrigin.Keys.Contains(key);

    /// <summary>The application this case belongs to (一门受理), for a link to the combined view.</summary>
    public static string? ApplicationId(JsonObject? input) => CaseValues.Text(input, CaseInputKeys.ApplicationId);

    /// <summary>特困 分散供养 (the <c>supportMode</c> variable): the first payment waits for the signed 委托照料服务协议 on the application.</summary>
    public static bool IsDispersedSupport(Workflow.Casework.Application.Views.InstanceView instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return CaseValues.IsDispersedSupport(instance.Variables);
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.True => "是",
        JsonValue v when v.GetValueKind() == JsonValueKind.False => "否",
        _ => value.ToJsonString(Json).Trim('"'),
    };
}

using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// Where a case came from when an outside system started it (issue 11), read from the input the inbound routing wrote
/// (<c>InboundCaseInput</c>): a 12345 ticket (工单号, 来源, 摘要, received and deadline) with, once the case is closed,
/// the reply sent back (<c>ticketOutcome</c>, <c>satisfaction</c>); or a 低收入人口动态监测 alert (indicators, platform,
/// raised). A supervisor who sees only a case's facts has no input, so sees none of this.
/// </summary>
public sealed record CaseOrigin(string Title, IReadOnlyList<(string Label, string Value)> Facts, IReadOnlyList<(string Label, string Value)> Reply)
{
    /// <summary>The input keys this section shows, so the summary does not list them twice.</summary>
    public static IReadOnlySet<string> Keys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ticketNumber", "cityCentre", "ticketSummary", "ticketCategory", "reporterContact", "childAddress", "ticketReceivedAt", "ticketDeadline",
        "alertIndicators", "alertPlatform", "alertRaisedAt", "inboundMessageId",
    };

    public static CaseOrigin? Of(InstanceView instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var input = instance.Input;
        if (Text(input, "ticketNumber") is { } ticket)
        {
            var facts = Present(
                ("12345 工单号", ticket),
                ("来源", Text(input, "cityCentre")),
                ("工单类别", Text(input, "ticketCategory")),
                ("工单摘要", Text(input, "ticketSummary")),
                ("儿童住址", Text(input, "childAddress")),
                ("反映人联系方式", Text(input, "reporterContact")),
                ("接收时间", Time(Text(input, "ticketReceivedAt"))),
                ("办结时限", Time(Text(input, "ticketDeadline"))));
            var finished = instance.Status is not (WorkflowSubStatus.Executing or WorkflowSubStatus.Suspended);
            var reply = finished
                ? Present(
                    ("办理结果（回复 12345）", Variable(instance, "ticketOutcome") ?? "未记录办理结果"),
                    ("满意度回访", Variable(instance, "satisfaction") ?? "未回访"))
                : [];
            return new CaseOrigin("12345 工单", facts, reply);
        }
        if (input?["alertIndicators"] is JsonArray indicators)
        {
            var facts = Present(
                ("预警指标", string.Join("、", indicators.Select(i => i?.ToString()).OfType<string>())),
                ("预警平台", Text(input, "alertPlatform")),
                ("预警时间", Time(Text(input, "alertRaisedAt"))));
            return new CaseOrigin("动态监测预警", facts, []);
        }
        return null;
    }

    private static List<(string Label, string Value)> Present(params (string Label, string? Value)[] fields) =>
        fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => (f.Label, f.Value!)).ToList();

    private static string? Text(JsonObject? input, string key) => CaseValues.Text(input, key);

    private static string? Variable(InstanceView instance, string name) => CaseValues.Text(instance.Variables, name) is { Length: > 0 } text ? text : null;

    private static string? Time(string? iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? DisplayNames.Time(at) : iso;
}

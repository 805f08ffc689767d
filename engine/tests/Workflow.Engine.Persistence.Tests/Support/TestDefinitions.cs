using System.Text.Json;

namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>
/// Small Elsa-format definitions for store tests. <see cref="Dibao"/> is the 低保 path in miniature: a township review
/// (<c>Gov.ApprovalTask</c>), a referral to the district education bureau (<c>Gov.Referral</c>, which writes an outbox
/// message), a 7-day public notice (<c>Gov.PublicNotice</c>, a durable timer) and a district confirmation.
/// </summary>
public static class TestDefinitions
{
    public const string Village = "500113102001";
    public const string Township = "500113102000";
    public const string District = "500113000000";
    public const string Department = "district-education";

    public static string Dibao => Flowchart("dibao-mini",
        $"""
        {Activity("s", "Elsa.Start")},
        {Activity("review", "Gov.ApprovalTask", Literal("title", "乡镇审核") + "," + Object("candidate", """{"post":"民政办","level":"township"}""")
            + "," + Literal("timeLimit", "10", "Int32"))},
        {Activity("edu", "Gov.Referral", Literal("title", "教育救助核对") + "," + Object("department", """{"code":"district-education","name":"区教育局","level":"district"}""")
            + "," + Literal("timeLimit", "5", "Int32"))},
        {Activity("notice", "Gov.PublicNotice", Literal("days", "7", "Int32"))},
        {Activity("confirm", "Gov.ApprovalTask", Literal("title", "区县确认") + "," + Object("candidate", """{"post":"区民政局","level":"district"}"""))},
        {Activity("ok", "Elsa.WriteLine", Literal("text", "批准"))},
        {Activity("no", "Elsa.WriteLine", Literal("text", "不予批准"))}
        """,
        $"""
        {Connect("s", "review")}, {Connect("review", "edu", "approve")}, {Connect("review", "no", "reject")},
        {Connect("edu", "notice", "approve")}, {Connect("edu", "no", "reject")}, {Connect("notice", "confirm")},
        {Connect("confirm", "ok", "approve")}, {Connect("confirm", "no", "reject")}
        """);

    /// <summary>A bare 7-day public notice: one timer per instance, nothing else.</summary>
    public static string Notice => Flowchart("notice-only",
        $"""{Activity("notice", "Gov.PublicNotice", Literal("days", "7", "Int32"))}, {Activity("done", "Elsa.WriteLine", Literal("text", "公示结束"))}""",
        Connect("notice", "done"));

    private static string Flowchart(string id, string activities, string connections) => $$"""
        {
          "id": "{{id}}-v1", "definitionId": "{{id}}", "name": "测试", "version": 1, "variables": [],
          "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
            "activities": [ {{activities}} ],
            "connections": [ {{connections}} ] }
        }
        """;

    private static string Activity(string id, string type, string extra = "") =>
        $$"""{ "id": "{{id}}", "type": "{{type}}", "version": 1 {{(extra.Length > 0 ? "," + extra : "")}} }""";

    private static string Literal(string name, string value, string typeName = "String") =>
        $$"""  "{{name}}": { "typeName": "{{typeName}}", "expression": { "type": "Literal", "value": {{JsonSerializer.Serialize(value)}} } }""";

    private static string Object(string name, string json) =>
        $$"""  "{{name}}": { "typeName": "Object", "expression": { "type": "Object", "value": {{JsonSerializer.Serialize(json)}} } }""";

    private static string Connect(string from, string to, string port = "Done") =>
        $$"""{ "source": { "activity": "{{from}}", "port": "{{port}}" }, "target": { "activity": "{{to}}", "port": "In" } }""";
}

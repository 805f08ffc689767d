using System.Text.Json;

namespace Workflow.Engine.Messaging.Tests.Support;

/// <summary>Small Elsa-format definitions for the messaging and timer tests.</summary>
public static class TestDefinitions
{
    public const string Village = "500113102001";

    public static string Referral(string departmentCode = "district-education") => Flowchart("referral",
        $$"""
        { "id": "edu", "type": "Gov.Referral", "version": 1,
          "title": {{Literal("转办教育局")}},
          "department": {{Obj($$"""{"code":"{{departmentCode}}","name":"区教育局","level":"district"}""")}},
          "timeLimit": {{Literal("5", "Int32")}} },
        { "id": "done", "type": "Elsa.WriteLine", "version": 1, "text": {{Literal("教育局已回复")}} }
        """,
        Connect("edu", "done", "approve"));

    public static string ApprovalTask() => Flowchart("approval",
        $$"""
        { "id": "task", "type": "Gov.ApprovalTask", "version": 1,
          "title": {{Literal("乡镇审核")}},
          "candidate": {{Obj("""{"post":"民政办","level":"township"}""")}} },
        { "id": "ok", "type": "Elsa.WriteLine", "version": 1, "text": {{Literal("批准")}} }
        """,
        Connect("task", "ok", "approve"));

    public static string Delay(string span) => Flowchart("delay",
        $$"""
        { "id": "wait", "type": "Elsa.Delay", "version": 1, "timeSpan": {{Literal(span, "TimeSpan")}} },
        { "id": "after", "type": "Elsa.WriteLine", "version": 1, "text": {{Literal("等待结束")}} }
        """,
        Connect("wait", "after"));

    public static string PublicNotice(int days) => Flowchart("notice",
        $$"""
        { "id": "notice", "type": "Gov.PublicNotice", "version": 1, "days": {{Literal(days.ToString(System.Globalization.CultureInfo.InvariantCulture), "Int32")}} },
        { "id": "passed", "type": "Elsa.WriteLine", "version": 1, "text": {{Literal("公示无异议")}} },
        { "id": "objected", "type": "Elsa.WriteLine", "version": 1, "text": {{Literal("收到异议")}} }
        """,
        $"{Connect("notice", "passed")}, {Connect("notice", "objected", "objection")}");

    private static string Flowchart(string id, string activities, string connections) => $$"""
        {
          "id": "{{id}}-v1", "definitionId": "{{id}}", "name": "测试", "version": 1, "variables": [],
          "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
            "activities": [ {{activities}} ],
            "connections": [ {{connections}} ] }
        }
        """;

    private static string Literal(string value, string typeName = "String") =>
        $$"""{ "typeName": "{{typeName}}", "expression": { "type": "Literal", "value": {{JsonSerializer.Serialize(value)}} } }""";

    private static string Obj(string json) =>
        $$"""{ "typeName": "Object", "expression": { "type": "Object", "value": {{JsonSerializer.Serialize(json)}} } }""";

    private static string Connect(string from, string to, string port = "Done") =>
        $$"""{ "source": { "activity": "{{from}}", "port": "{{port}}" }, "target": { "activity": "{{to}}", "port": "In" } }""";
}

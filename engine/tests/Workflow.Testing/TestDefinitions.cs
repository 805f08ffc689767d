using System.Globalization;
using System.Text.Json;

namespace Workflow.Testing;

/// <summary>
/// Builds small Elsa-format definitions for tests, in the nested connection format: the building blocks here, and the
/// definitions several test projects share in <c>TestDefinitions.Samples.cs</c>.
/// </summary>
public static partial class TestDefinitions
{
    public static string Flowchart(string activities, string connections, string variables = "[]", string id = "test") => $$"""
        {
          "id": "{{id}}-v1", "definitionId": "{{id}}", "name": "测试", "version": 1,
          "variables": {{variables}},
          "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
            "activities": [ {{activities}} ],
            "connections": [ {{connections}} ] }
        }
        """;

    public static string Activity(string id, string type, string extra = "") =>
        $$"""{ "id": "{{id}}", "type": "{{type}}", "version": 1 {{(extra.Length > 0 ? "," + extra : "")}} }""";

    public static string Literal(string name, string value, string typeName = "String") =>
        $$"""  "{{name}}": { "typeName": "{{typeName}}", "expression": { "type": "Literal", "value": {{JsonSerializer.Serialize(value)}} } }""";

    public static string Literal(string name, int value) => Literal(name, value.ToString(CultureInfo.InvariantCulture), "Int32");

    public static string Script(string name, string code) =>
        $$"""  "{{name}}": { "typeName": "Object", "expression": { "type": "JavaScript", "value": {{JsonSerializer.Serialize(code)}} } }""";

    public static string Object(string name, string json) =>
        $$"""  "{{name}}": { "typeName": "Object", "expression": { "type": "Object", "value": {{JsonSerializer.Serialize(json)}} } }""";

    public static string Connect(string from, string to, string port = "Done") =>
        $$"""{ "source": { "activity": "{{from}}", "port": "{{port}}" }, "target": { "activity": "{{to}}", "port": "In" } }""";
}

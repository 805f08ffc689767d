using System.Text.Json.Nodes;

namespace Workflow.Casework.Application.Views;

/// <summary>
/// Reading a case's text input and variables, and what the casework concludes from them, in one place: the ledger, the
/// ticket's closing and the pages read the same way.
/// </summary>
public static class CaseValues
{
    /// <summary>The variable <paramref name="name"/> when it holds text, else null.</summary>
    public static string? Text(IReadOnlyDictionary<string, JsonNode?>? variables, string name) =>
        variables is not null && variables.TryGetValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The input <paramref name="key"/> when it holds text, else null.</summary>
    public static string? Text(JsonObject? input, string key) =>
        input?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>特困 分散供养 (the <c>supportMode</c> variable): its payments wait for the signed 委托照料服务协议.</summary>
    public static bool IsDispersedSupport(IReadOnlyDictionary<string, JsonNode?>? variables) => Text(variables, "supportMode") == "dispersed";
}

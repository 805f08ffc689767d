using System.Text.Json.Nodes;
using Workflow.Casework;

namespace Workflow.Web.Api.Contracts;

/// <summary>
/// A case's input as views show it: ID numbers, phone numbers and bank accounts masked wherever they appear, at any
/// depth. The full values stay in the case; revealing one goes through the application's audited reveal.
/// </summary>
public static class PersonalInput
{
    public static JsonObject? Masked(JsonObject? input) => input is null ? null : (JsonObject)Mask(input)!;

    /// <summary>Any JSON (an event list, variables) with every personal field masked, wherever it sits.</summary>
    public static JsonNode? MaskedNode(JsonNode? node) => Mask(node);

    public static IReadOnlyDictionary<string, JsonNode?> Masked(IReadOnlyDictionary<string, JsonNode?> variables) =>
        variables.ToDictionary(p => p.Key, p => Mask(p.Value, p.Key));

    private static JsonNode? Mask(JsonNode? node, string? key = null) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Mask(p.Value, p.Key)))),
        JsonArray a => new JsonArray(a.Select(i => Mask(i, key)).ToArray()),
        JsonValue v when key is not null && v.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(MaskValue(key, (string)v!)),
        _ => node?.DeepClone(),
    };

    private static string? MaskValue(string key, string value)
    {
        var k = key.ToLowerInvariant();
        return k.Contains("idnumber", StringComparison.Ordinal) ? PersonalDataMask.IdNumber(value)
            : k.Contains("phone", StringComparison.Ordinal) ? PersonalDataMask.Phone(value)
            : k.Contains("bankaccount", StringComparison.Ordinal) ? PersonalDataMask.BankAccount(value)
            : value;
    }
}

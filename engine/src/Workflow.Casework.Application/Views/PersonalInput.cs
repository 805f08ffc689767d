using System.Text.Json.Nodes;
using Workflow.Casework;

namespace Workflow.Casework.Application.Views;

/// <summary>
/// A case's input (and variables, and events) as views show it: every value under a key of the
/// <see cref="PersonalFieldCatalogue"/> masked as that field, and every other text scanned for ID, phone and account
/// numbers (<see cref="FreeTextMask"/>), at any depth. The full values stay in the case; revealing one goes through
/// the application's audited reveal.
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
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(PersonalFieldCatalogue.MaskForView(key, (string)v!)),
        _ => node?.DeepClone(),
    };
}

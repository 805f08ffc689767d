using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Casework;

namespace Workflow.Casework.Application.Inbound;

/// <summary>A message body for a view: each string masked by its key's catalogue entry, or scanned as free text; an unreadable body scanned whole.</summary>
public static class InboundMasking
{
    public static string Mask(string body)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return FreeTextMask.Mask(body) ?? "";
        }
        return node is null ? "" : Walk(node, null)!.ToJsonString(InboundReader.Json);
    }

    private static JsonNode? Walk(JsonNode? node, string? key) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Walk(p.Value, p.Key)))),
        JsonArray a => new JsonArray([.. a.Select(i => Walk(i, key))]),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(PersonalFieldCatalogue.MaskForView(key, v.GetValue<string>())),
        _ => node?.DeepClone(),
    };
}

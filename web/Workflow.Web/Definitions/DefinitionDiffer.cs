using System.Text.Json.Nodes;
using Workflow.Engine.Serialization;

namespace Workflow.Web.Definitions;

/// <summary>
/// Compares two definition documents' top-level flowcharts by activity id. Designer metadata (positions, display text)
/// and the computed node id are left out: moving a box is not a change of the procedure.
/// </summary>
public static class DefinitionDiffer
{
    private static readonly string[] Ignored = ["metadata", "nodeId"];

    public static DefinitionDiff Compare(JsonObject from, JsonObject to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = Activities(from);
        var after = Activities(to);
        var added = after.Where(a => !before.ContainsKey(a.Key)).Select(a => Describe(a.Value, [])).ToList();
        var removed = before.Where(b => !after.ContainsKey(b.Key)).Select(b => Describe(b.Value, [])).ToList();
        var changed = new List<ActivityChange>();
        foreach (var (id, old) in before)
        {
            if (after.TryGetValue(id, out var current) && ChangedFields(old, current) is { Count: > 0 } fields)
            {
                changed.Add(Describe(current, fields));
            }
        }
        var oldLinks = Connections(from);
        var newLinks = Connections(to);
        return new DefinitionDiff(
            added,
            removed,
            changed,
            newLinks.Where(l => !oldLinks.Contains(l)).ToList(),
            oldLinks.Where(l => !newLinks.Contains(l)).ToList());
    }

    private static List<string> ChangedFields(JsonObject old, JsonObject current)
    {
        var keys = old.Select(p => p.Key).Union(current.Select(p => p.Key), StringComparer.Ordinal).Where(k => !Ignored.Contains(k, StringComparer.Ordinal));
        return keys.Where(k => !JsonNode.DeepEquals(old[k], current[k])).Order(StringComparer.Ordinal).ToList();
    }

    private static ActivityChange Describe(JsonObject activity, IReadOnlyList<string> fields) =>
        new(Text(activity, "id") ?? "", Text(activity, "type") ?? "", Text(activity, "name"), fields);

    private static Dictionary<string, JsonObject> Activities(JsonObject document)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (document["root"]?["activities"] is JsonArray items)
        {
            foreach (var item in items.OfType<JsonObject>())
            {
                if (Text(item, "id") is { } id)
                {
                    result[id] = item;
                }
            }
        }
        return result;
    }

    /// <summary>Connections as "source:port → target", read from the writer's normalised (nested) form.</summary>
    private static List<string> Connections(JsonObject document)
    {
        var normalised = DefinitionWriter.ToNode(document);
        return (normalised["root"]?["connections"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(c => $"{Text(c["source"] as JsonObject, "activity")}:{Text(c["source"] as JsonObject, "port")} → {Text(c["target"] as JsonObject, "activity")}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static string? Text(JsonObject? o, string key) => o?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

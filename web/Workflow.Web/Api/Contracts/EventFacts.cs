using System.Text.Json.Nodes;

namespace Workflow.Web.Api.Contracts;

/// <summary>
/// The facts of a case's events for a supervisor (督办): what happened to which step, when, with which outcome and
/// deadline. Every other field (input, data, opinions, the people named) is left out.
/// </summary>
public static class EventFacts
{
    private static readonly HashSet<string> Kept =
        new(StringComparer.Ordinal) { "$event", "at", "taskId", "activityId", "title", "kind", "outcome", "dueAt", "status", "level", "post", "divisionCode", "departmentCode" };

    /// <summary>The serialized event list (<see cref="EventView"/>s), each event cut to its facts.</summary>
    public static JsonNode Of(JsonNode events) => new JsonArray(events.AsArray().Select(e => (JsonNode)new JsonObject
    {
        ["sequence"] = e!["sequence"]?.DeepClone(),
        ["event"] = new JsonObject(e["event"]!.AsObject().Where(p => Kept.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))),
    }).ToArray());
}

using System.Text.Json.Nodes;

namespace Workflow.Casework.Application.Views;

/// <summary>
/// The facts of a case's events for a supervisor (督办): what happened to which step, when, who of the staff acted or
/// holds it, with which outcome and deadline. Every other field (input, data, opinions, reasons, the household) is
/// left out: those can carry the applicant's personal data.
/// </summary>
public static class EventFacts
{
    private static readonly HashSet<string> Kept =
        new(StringComparer.Ordinal)
        {
            "$event", "at", "taskId", "activityId", "title", "kind", "outcome", "dueAt", "status", "level", "post", "divisionCode", "departmentCode",
            "actorId", "userId", "toUserId", "handlerId", "approvedBy", "previousTaskId", "newTaskId",
        };

    /// <summary>The serialized event list (<see cref="EventView"/>s), each event cut to its facts.</summary>
    public static JsonNode Of(JsonNode events) => new JsonArray(events.AsArray().Select(e => (JsonNode)new JsonObject
    {
        ["sequence"] = e!["sequence"]?.DeepClone(),
        ["event"] = new JsonObject(e["event"]!.AsObject().Where(p => Kept.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))),
    }).ToArray());
}

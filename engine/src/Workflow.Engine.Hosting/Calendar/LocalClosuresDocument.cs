using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Calendar;

namespace Workflow.Engine.Hosting.Calendar;

/// <summary>
/// The local closures administrators add on the calendar page: one versioned document in the database (the truth every
/// host polls), in the calendar's own JSON shape, so the reader that checks a calendar folder checks it too.
/// </summary>
public static class LocalClosuresDocument
{
    public const string Name = "calendar-local-closures";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><paramref name="body"/> (none yet when null) with one more closure, as entered: the reader judges it.</summary>
    public static string Add(string? body, string? division, string? name, string? from, string? to, string? notice, DateOnly effectiveFrom)
    {
        var document = body is null ? null : Parse(body);
        document ??= new JsonObject { ["$comment"] = "由管理员在“工作日历”页面添加的地方停止办公安排。" };
        var closures = document["closures"] as JsonArray ?? [];
        document["closures"] = closures;
        closures.Add(new JsonObject
        {
            ["division"] = division?.Trim(),
            ["name"] = name?.Trim(),
            ["from"] = from,
            ["to"] = to,
            ["notice"] = notice?.Trim(),
            ["effectiveFrom"] = effectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        return document.ToJsonString(Indented);
    }

    /// <summary>A stored body that is not a JSON object (damaged outside the system) starts a new document.</summary>
    private static JsonObject? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static CalendarLoadResult Read(string body) => CalendarSources.ReadJson(body, Name);
}

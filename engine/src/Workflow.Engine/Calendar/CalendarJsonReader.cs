using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Engine.Calendar;

/// <summary>
/// Reads one calendar document (README.md, "JSON schema"). Never throws on bad input: each problem becomes a
/// <see cref="CalendarDataError"/> with its JSON path. Keys are checked strictly, because a misspelt
/// <c>makeUpWorkdays</c> would otherwise silently drop working days. Meaning (dates inside the year, make-up days on
/// weekends) is checked later by <see cref="CalendarValidator"/>, for files and stored data alike.
/// </summary>
internal sealed class CalendarJsonReader
{
    /// <summary>A year of holidays is a few kilobytes; anything near this is not a calendar file.</summary>
    public const int MaxChars = 1 << 20;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    private readonly string _source;
    private readonly List<CalendarDataError> _errors = [];

    private CalendarJsonReader(string source) => _source = source;

    public static CalendarLoadResult Read(string json, string source)
    {
        var reader = new CalendarJsonReader(source);
        var data = reader.ReadText(json);
        return new CalendarLoadResult(data is null || reader._errors.Count > 0 ? [] : [data], reader._errors);
    }

    private CalendarData? ReadText(string json)
    {
        if (json.Length > MaxChars)
        {
            Error("$", $"文件超过 {MaxChars} 个字符，不是日历数据。");
            return null;
        }
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: Options);
        }
        catch (JsonException ex)
        {
            Error("$", $"不是有效的 JSON（第 {(ex.LineNumber ?? 0) + 1} 行）。");
            return null;
        }
        if (root is not JsonObject o)
        {
            Error("$", "文档必须是一个 JSON 对象，含 years 和/或 closures。");
            return null;
        }
        CheckKeys(o, "$", ["$schema", "$comment", "years", "closures"]);
        if (!o.ContainsKey("years") && !o.ContainsKey("closures"))
        {
            Error("$", "文档既没有 years 也没有 closures。");
        }
        var years = Array(o, "$", "years", ReadYear);
        var closures = Array(o, "$", "closures", ReadClosure);
        return new CalendarData(years, closures) { Source = _source };
    }

    private CalendarYear? ReadYear(JsonObject o, string path)
    {
        CheckKeys(o, path, ["$comment", "year", "notice", "noticeNumber", "effectiveFrom", "holidays", "makeUpWorkdays"]);
        var year = Int(o, path, "year");
        var notice = Text(o, path, "notice", required: true);
        var number = Text(o, path, "noticeNumber", required: false);
        var effective = Date(o, path, "effectiveFrom");
        var holidays = Array(o, path, "holidays", ReadBlock);
        var makeUps = Array(o, path, "makeUpWorkdays", ReadMakeUp);
        return year is { } y && notice is not null && effective is { } e ? new CalendarYear(y, notice, number, e, holidays, makeUps) : null;
    }

    private HolidayBlock? ReadBlock(JsonObject o, string path)
    {
        CheckKeys(o, path, ["$comment", "name", "from", "to"]);
        var name = Text(o, path, "name", required: true);
        var from = Date(o, path, "from");
        var to = Date(o, path, "to");
        return name is not null && from is { } f && to is { } t ? new HolidayBlock(name, f, t) : null;
    }

    private MakeUpWorkday? ReadMakeUp(JsonObject o, string path)
    {
        CheckKeys(o, path, ["$comment", "date", "holiday"]);
        var date = Date(o, path, "date");
        var holiday = Text(o, path, "holiday", required: true);
        return date is { } d && holiday is not null ? new MakeUpWorkday(d, holiday) : null;
    }

    private LocalClosure? ReadClosure(JsonObject o, string path)
    {
        CheckKeys(o, path, ["$comment", "division", "name", "from", "to", "notice", "effectiveFrom"]);
        var division = Text(o, path, "division", required: true);
        var name = Text(o, path, "name", required: true);
        var from = Date(o, path, "from");
        var to = Date(o, path, "to");
        var notice = Text(o, path, "notice", required: true);
        var effective = Date(o, path, "effectiveFrom");
        return division is not null && name is not null && from is { } f && to is { } t && notice is not null && effective is { } e
            ? new LocalClosure(division, name, f, t, notice, e)
            : null;
    }

    private List<T> Array<T>(JsonObject o, string path, string key, Func<JsonObject, string, T?> read)
        where T : class
    {
        var items = new List<T>();
        if (!o.TryGetPropertyValue(key, out var node))
        {
            return items;
        }
        if (node is not JsonArray array)
        {
            Error($"{path}.{key}", "必须是数组。");
            return items;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}.{key}[{i}]";
            if (array[i] is not JsonObject item)
            {
                Error(itemPath, "必须是对象。");
                continue;
            }
            if (read(item, itemPath) is { } value)
            {
                items.Add(value);
            }
        }
        return items;
    }

    private string? Text(JsonObject o, string path, string key, bool required)
    {
        if (!o.TryGetPropertyValue(key, out var node) || node is null)
        {
            if (required)
            {
                Error($"{path}.{key}", "缺少此项。");
            }
            return null;
        }
        if (node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s))
        {
            return s.Trim();
        }
        Error($"{path}.{key}", "必须是非空字符串。");
        return null;
    }

    private int? Int(JsonObject o, string path, string key)
    {
        if (o[key] is JsonValue v && v.TryGetValue<int>(out var i))
        {
            return i;
        }
        Error($"{path}.{key}", o.ContainsKey(key) ? "必须是整数。" : "缺少此项。");
        return null;
    }

    private DateOnly? Date(JsonObject o, string path, string key)
    {
        if (o[key] is JsonValue v && v.TryGetValue<string>(out var s)
            && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Error($"{path}.{key}", o.ContainsKey(key) ? "必须是 yyyy-MM-dd 格式的日期。" : "缺少此项。");
        return null;
    }

    private void CheckKeys(JsonObject o, string path, string[] allowed)
    {
        foreach (var (key, _) in o)
        {
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                Error($"{path}.{key}", $"未知的键 '{key}'（允许：{string.Join("、", allowed.Where(a => a[0] != '$'))}）。");
            }
        }
    }

    private void Error(string path, string message) => _errors.Add(new CalendarDataError(_source, path, message));
}

namespace Workflow.Engine.Calendar;

/// <summary>Where calendar documents come from: the shipped resources, an administrator's folder, or JSON text.</summary>
public static class CalendarSources
{
    private const string ResourcePrefix = "Workflow.Engine.Calendar.Data.";

    private static readonly Lazy<CalendarData> ShippedData = new(ReadShipped);

    /// <summary>The years shipped with this release (<c>Calendar/Data/cn-*.json</c>, embedded), as one document.</summary>
    public static CalendarData Shipped => ShippedData.Value;

    /// <summary>Reads one JSON document; <paramref name="source"/> names it in messages.</summary>
    public static CalendarLoadResult ReadJson(string json, string source) => CalendarJsonReader.Read(json, source);

    /// <summary>
    /// Reads every <c>*.json</c> file directly in <paramref name="directory"/>, in name order. A missing directory is an
    /// error: the caller asked for it, so silently reading nothing would hide a mistyped path.
    /// </summary>
    public static CalendarLoadResult ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return new CalendarLoadResult([], [new CalendarDataError(directory, "", "日历目录不存在。")]);
        }
        var documents = new List<CalendarData>();
        var errors = new List<CalendarDataError>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            string text;
            try
            {
                if (new FileInfo(file).Length > CalendarJsonReader.MaxChars * 4L)
                {
                    errors.Add(new CalendarDataError(file, "$", "文件过大，不是日历数据。"));
                    continue;
                }
                text = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new CalendarDataError(file, "", $"无法读取：{ex.Message}"));
                continue;
            }
            var result = CalendarJsonReader.Read(text, file);
            documents.AddRange(result.Documents);
            errors.AddRange(result.Errors);
        }
        return new CalendarLoadResult(documents, errors);
    }

    private static CalendarData ReadShipped()
    {
        var assembly = typeof(CalendarSources).Assembly;
        var years = new List<CalendarYear>();
        var closures = new List<LocalClosure>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var result = CalendarJsonReader.Read(reader.ReadToEnd(), name);
            if (!result.Succeeded)
            {
                // The shipped files are part of the build; ShippedCalendarTests keeps them valid.
                throw new InvalidOperationException($"Shipped calendar resource is invalid: {string.Join("; ", result.Errors)}");
            }
            years.AddRange(result.Documents.SelectMany(d => d.Years));
            closures.AddRange(result.Documents.SelectMany(d => d.Closures));
        }
        return new CalendarData(years, closures) { Source = "内置日历" };
    }
}

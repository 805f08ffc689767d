namespace Workflow.Engine.Calendar;

/// <summary>
/// Where calendar documents come from: the shipped resources or JSON text. An administrator's folder is read outside the
/// core (<c>Workflow.Engine.Hosting.Calendar.CalendarFolder</c>): the core does no file-system I/O.
/// </summary>
public static class CalendarSources
{
    private const string ResourcePrefix = "Workflow.Engine.Calendar.Data.";

    /// <summary>The longest calendar document read, in characters: a larger file is not calendar data.</summary>
    public const int MaxChars = CalendarJsonReader.MaxChars;

    private static readonly Lazy<CalendarData> ShippedData = new(ReadShipped);

    /// <summary>The years shipped with this release (<c>Calendar/Data/cn-*.json</c>, embedded), as one document.</summary>
    public static CalendarData Shipped => ShippedData.Value;

    /// <summary>Reads one JSON document; <paramref name="source"/> names it in messages.</summary>
    public static CalendarLoadResult ReadJson(string json, string source) => CalendarJsonReader.Read(json, source);

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

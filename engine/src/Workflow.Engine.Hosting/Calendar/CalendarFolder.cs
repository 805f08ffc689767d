using Workflow.Engine.Calendar;

namespace Workflow.Engine.Hosting.Calendar;

/// <summary>
/// An administrator's calendar folder: every <c>*.json</c> in it, read from disk here, outside the engine core (which
/// does no file-system I/O), then handed to <see cref="HolidayCalendar.Load"/> with the shipped years.
/// </summary>
public static class CalendarFolder
{
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
                if (new FileInfo(file).Length > CalendarSources.MaxChars * 4L)
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
            var result = CalendarSources.ReadJson(text, file);
            documents.AddRange(result.Documents);
            errors.AddRange(result.Errors);
        }
        return new CalendarLoadResult(documents, errors);
    }

    /// <summary>The shipped years, plus every file in <paramref name="directory"/> when given, plus <paramref name="extra"/>.</summary>
    /// <exception cref="CalendarDataException">The directory is missing, a file is malformed, or sources disagree.</exception>
    public static HolidayCalendar Load(string? directory = null, IEnumerable<CalendarData>? extra = null)
    {
        List<CalendarData> sources = [];
        if (directory is not null)
        {
            var read = ReadDirectory(directory);
            if (!read.Succeeded)
            {
                throw new CalendarDataException(read.Errors);
            }
            sources.AddRange(read.Documents);
        }
        sources.AddRange(extra ?? []);
        return HolidayCalendar.Load(sources);
    }
}

namespace Workflow.Engine.Calendar;

/// <summary>A problem in calendar data: the document, a JSON path inside it, and a Chinese message.</summary>
public sealed record CalendarDataError(string Source, string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? $"{Source}: {Message}" : $"{Source}: {Path}: {Message}";
}

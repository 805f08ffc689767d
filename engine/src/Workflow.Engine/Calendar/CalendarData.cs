namespace Workflow.Engine.Calendar;

/// <summary>
/// One calendar document: national years (State Council notices) and local closures. The shipped files, an
/// administrator's files and whatever the persistence layer stores all have this shape; <see cref="HolidayCalendar"/>
/// merges any number of them. The JSON form is documented in <c>Calendar/README.md</c>.
/// </summary>
/// <param name="Years">National holiday arrangements, one entry per year.</param>
/// <param name="Closures">Local closures, each for one division subtree.</param>
public sealed record CalendarData(IReadOnlyList<CalendarYear> Years, IReadOnlyList<LocalClosure> Closures)
{
    public static CalendarData Empty { get; } = new([], []);

    /// <summary>Where the document came from (a file path, <c>内置</c> for the shipped data), for messages only.</summary>
    public string Source { get; init; } = "";
}

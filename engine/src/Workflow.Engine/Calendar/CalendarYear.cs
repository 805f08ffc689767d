namespace Workflow.Engine.Calendar;

/// <summary>
/// One year's national arrangement, as published by the State Council General Office late in the year before.
/// Every Saturday and Sunday not listed as a make-up working day is off; every weekday not inside a holiday block
/// is a working day.
/// </summary>
/// <param name="Year">The calendar year the arrangement covers.</param>
/// <param name="Notice">The notice's title, e.g. 国务院办公厅关于2026年部分节假日安排的通知.</param>
/// <param name="NoticeNumber">The document number (文号) when known, e.g. 国办发明电〔2024〕12号.</param>
/// <param name="EffectiveFrom">
/// The date the arrangement became known (the notice date). When several sources carry the same year, the one with
/// the latest date wins, so an administrator can correct a year by adding a newer entry.
/// </param>
/// <param name="Holidays">Blocks of days off, inclusive, including the weekend days inside them.</param>
/// <param name="MakeUpWorkdays">Saturdays and Sundays that are working days (调休上班).</param>
public sealed record CalendarYear(
    int Year,
    string Notice,
    string? NoticeNumber,
    DateOnly EffectiveFrom,
    IReadOnlyList<HolidayBlock> Holidays,
    IReadOnlyList<MakeUpWorkday> MakeUpWorkdays);

using Workflow.Engine.Calendar;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Hosting.Calendar;

/// <summary>
/// The calendar in force on this host. An administrator's change (a local closure saved on any host) builds a new
/// <see cref="HolidayCalendar"/> and swaps it in whole, so one deadline is always computed by one calendar version, and
/// the version stored with each clock says which.
/// </summary>
public sealed class LiveCalendar(HolidayCalendar initial) : IWorkingCalendar
{
    private HolidayCalendar _current = initial;

    public HolidayCalendar Current => Volatile.Read(ref _current);

    public string Version => Current.Version;

    public void Use(HolidayCalendar calendar) => Volatile.Write(ref _current, calendar);

    public IWorkingCalendar Pinned() => Current;

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays) =>
        ((IWorkingCalendar)Current).AddWorkingDays(from, workingDays);

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays, string? divisionCode) =>
        ((IWorkingCalendar)Current).AddWorkingDays(from, workingDays, divisionCode);

    public bool IsWorkingDay(DateOnly day) => ((IWorkingCalendar)Current).IsWorkingDay(day);

    public int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to) => ((IWorkingCalendar)Current).WorkingDaysBetween(from, to);
}

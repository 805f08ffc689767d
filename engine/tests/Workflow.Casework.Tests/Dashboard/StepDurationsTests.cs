using Workflow.Casework.Application.Dashboard;
using Workflow.Engine.Calendar;
using Workflow.Engine.Persistence.Dashboard;

namespace Workflow.Casework.Tests.Dashboard;

/// <summary>The dashboard's average working days per step: on the holiday calendar, weighted by the steps of each pair of days.</summary>
public sealed class StepDurationsTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.Load();

    [Fact]
    public void StepDurations_AcrossNationalDay_CountOnlyWorkingDays_WeightedBySteps()
    {
        StepDayCount[] counts =
        [
            // 2026-09-30 (Wed) to 2026-10-08 (Thu): 1–7 October are 国庆节, so one working day.
            new("dibao", "初审", Number(2026, 9, 30), Number(2026, 10, 8), 1),
            // 2026-03-02 (Mon) to 2026-03-05 (Thu): three.
            new("dibao", "初审", Number(2026, 3, 2), Number(2026, 3, 5), 1),
            // Three steps of one day and one of four (Mon to Fri): 7 / 4.
            new("dibao", "复核", Number(2026, 3, 2), Number(2026, 3, 3), 3),
            new("dibao", "复核", Number(2026, 3, 2), Number(2026, 3, 6), 1),
        ];

        var durations = StepDurations.From(counts, Calendar);

        Assert.Equal([new StepDuration("dibao", "初审", 2, 2.0), new StepDuration("dibao", "复核", 4, 1.8)], durations);
    }

    [Fact]
    public void Day_OfTheDatabasesDayNumber_IsTheBeijingDate()
    {
        Assert.Equal(new DateOnly(2026, 3, 3), StepDurations.Day(Number(2026, 3, 3)));
    }

    private static int Number(int year, int month, int day) => new DateOnly(year, month, day).DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
}

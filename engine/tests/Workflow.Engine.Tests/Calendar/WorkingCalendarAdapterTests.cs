using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Calendar;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.Tests.Support;
using static Workflow.Engine.Tests.Calendar.CalendarFixtures;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Calendar;

/// <summary>
/// What the engine sees through <see cref="IWorkingCalendar"/>: the end (24:00 China time) of the Nth working day, and
/// a flagged weekends-only answer when a year is missing.
/// </summary>
public sealed class WorkingCalendarAdapterTests
{
    [Theory]
    [InlineData("2026-02-13T10:00:00+08:00", 1, "2026-02-15T00:00:00+08:00")] // ends with make-up Saturday 02-14
    [InlineData("2026-02-13T17:30:00Z", 1, "2026-02-25T00:00:00+08:00")]      // already 02-14 01:30 in China
    [InlineData("2025-09-30T23:59:00+08:00", 1, "2025-10-10T00:00:00+08:00")]
    [InlineData("2024-05-01T08:00:00+08:00", 1, "2024-05-07T00:00:00+08:00")]
    [InlineData("2026-03-02T09:00:00+08:00", 0, "2026-03-03T00:00:00+08:00")]
    public void AddWorkingDays_ThroughThePort_EndsAtMidnightChinaTime(string from, int days, string expected)
    {
        IWorkingCalendar calendar = HolidayCalendar.Shipped;

        var due = calendar.AddWorkingDays(Instant(from), days);

        Assert.Equal(Instant(expected), due);
        Assert.Equal(TimeSpan.FromHours(8), due.Offset);
        Assert.Equal(TimeSpan.Zero, due.TimeOfDay);
    }

    [Fact]
    public void EndOfNthWorkingDay_IsTheSameInstantAsThePort()
    {
        var from = Instant("2025-09-30T09:00:00+08:00");

        Assert.Equal(Instant("2025-10-09T16:00:00Z"), HolidayCalendar.Shipped.EndOfNthWorkingDay(from, 1));
        Assert.Equal(((IWorkingCalendar)HolidayCalendar.Shipped).AddWorkingDays(from, 1), HolidayCalendar.Shipped.EndOfNthWorkingDay(from, 1));
    }

    [Fact]
    public void Deadline_CoveredYears_IsFullAndCarriesTheVersion()
    {
        var deadline = HolidayCalendar.Shipped.Deadline(Instant("2026-09-30T09:00:00+08:00"), 1);

        Assert.Equal(Instant("2026-10-09T00:00:00+08:00"), deadline.DueAt);
        Assert.Equal(Day("2026-10-08"), deadline.LastDay);
        Assert.Equal(CalendarCoverage.Full, deadline.Coverage);
        Assert.Empty(deadline.MissingYears);
        Assert.Null(deadline.Warning);
        Assert.Equal(HolidayCalendar.Shipped.Version, deadline.CalendarVersion);
    }

    [Fact]
    public void AddWorkingDays_ThroughThePortIntoMissingYear_FallsBackToWeekendsAndFlagsIt()
    {
        var calendar = HolidayCalendar.Load();
        var raised = new List<CalendarFallbackEventArgs>();
        calendar.FallbackUsed += (_, e) => raised.Add(e);

        // Thu 2026-12-31 + 2: Fri 2027-01-01 and Mon 2027-01-04 on weekends only (the real 2027 元旦 is unknown).
        var due = ((IWorkingCalendar)calendar).AddWorkingDays(Instant("2026-12-31T09:00:00+08:00"), 2);

        Assert.Equal(Instant("2027-01-05T00:00:00+08:00"), due);
        var flagged = Assert.Single(raised);
        Assert.Equal(2, flagged.WorkingDays);
        Assert.Equal(CalendarCoverage.WeekendsOnlyFallback, flagged.Deadline.Coverage);
        Assert.Equal([2027], flagged.Deadline.MissingYears);
        Assert.Contains("2027", flagged.Deadline.Warning);
    }

    [Fact]
    public void Deadline_MissingYearWithClosure_StillAppliesTheClosure()
    {
        var closure = new CalendarData([], [new LocalClosure("500113000000", "测试停止办公", Day("2027-01-04"), Day("2027-01-04"), "测试通告", Day("2026-12-20"))]);
        var calendar = HolidayCalendar.Load(extra: [closure]);

        var deadline = calendar.Deadline(Instant("2026-12-31T09:00:00+08:00"), 2, "500113102001");

        Assert.Equal(Day("2027-01-05"), deadline.LastDay);
        Assert.Equal(CalendarCoverage.WeekendsOnlyFallback, deadline.Coverage);
    }

    [Fact]
    public void Deadline_CoveredYears_RaisesNoFallback()
    {
        var calendar = HolidayCalendar.Load();
        var raised = 0;
        calendar.FallbackUsed += (_, _) => raised++;

        ((IWorkingCalendar)calendar).AddWorkingDays(Instant("2026-09-30T09:00:00+08:00"), 10);

        Assert.Equal(0, raised);
    }

    [Fact]
    public async Task Engine_ApprovalTaskWithTimeLimit_DueAtEndOfNthWorkingDayOnHolidayCalendar()
    {
        var time = Clocks.At("2026-09-30T09:00:00+08:00");
        var catalog = new InMemoryDefinitionCatalog();
        var executor = new WorkflowExecutor(catalog, new InMemoryInstanceStore(), new EngineServices(time, calendar: HolidayCalendar.Shipped));
        var definition = DefinitionReader.Read(D.Flowchart(
            D.Activity("task", "Gov.ApprovalTask", D.Object("candidate", """{"post":"民政办","level":"township"}""") + "," + D.Literal("timeLimit", "3", "Int32")),
            "")).Definition!;
        catalog.Publish(definition);

        var started = await executor.ExecuteAsync(new StartInstance("case-1", definition.DefinitionId, definition.Version,
            new System.Text.Json.Nodes.JsonObject { ["divisionCode"] = "500113102001" }));

        // 3 working days after Wed 2026-09-30: Thu 10-08, Fri 10-09, Sat 10-10 (make-up); due at its 24:00.
        Assert.True(started.IsAccepted, started.Rejection?.ToString());
        Assert.Equal(Instant("2026-10-11T00:00:00+08:00"), started.Instance!.Tasks.Values.Single().Opened.DueAt);
    }
}

using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Calendar;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using static Workflow.Engine.Tests.Calendar.CalendarFixtures;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Calendar;

/// <summary>A local closure moves the deadline of a task in that division, and of no other, through the engine.</summary>
public sealed class LocalClosureDeadlineTests
{
    [Theory]
    [InlineData("500113102001", "2026-03-07T00:00:00+08:00")] // inside district 500113: Wed/Thu closed, so Mon+2 → Fri
    [InlineData("500112102001", "2026-03-05T00:00:00+08:00")] // the next district is open: Mon+2 → Wed
    public async Task TaskDeadline_InClosedDivision_SkipsClosedDays(string caseDivision, string expectedDue)
    {
        var calendar = HolidayCalendar.Load(extra:
        [
            CalendarSources.ReadJson("""
                { "closures": [ { "division": "500113000000", "name": "防汛停止办公", "from": "2026-03-04", "to": "2026-03-05",
                                  "notice": "区政府通告", "effectiveFrom": "2026-03-01" } ] }
                """, "test").Documents.Single(),
        ]);
        var catalog = new InMemoryDefinitionCatalog();
        var definition = DefinitionReader.Read(D.Flowchart(
            D.Activity("t", "Gov.ApprovalTask", D.Object("candidate", """{"post":"民政办","level":"township"}""") + "," + D.Literal("timeLimit", "2", "Int32")), "")).Definition!;
        catalog.Publish(definition);
        var store = new InMemoryInstanceStore();
        var time = Clocks.At("2026-03-02T09:00:00+08:00");
        var executor = new WorkflowExecutor(catalog, store, new EngineServices(time, calendar: calendar));

        var started = await executor.ExecuteAsync(new Workflow.Engine.Runtime.Commands.StartInstance("c", definition.DefinitionId, null, new() { ["divisionCode"] = caseDivision }));

        var clock = Assert.Single(started.Events.OfType<ClockStarted>());
        Assert.Equal(Instant(expectedDue), clock.DueAt);
        Assert.Equal(caseDivision[..9] + "000", clock.DivisionCode);
        Assert.Equal(calendar.Version, clock.CalendarVersion);
        Assert.Equal(Instant(expectedDue), started.Instance!.Tasks.Values.Single().DueAt);
    }
}

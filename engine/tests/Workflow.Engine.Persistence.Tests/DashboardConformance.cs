using Workflow.Engine.Persistence.Dashboard;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Ports;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// The dashboard's aggregates count every case in the reader's scope, not a newest page of them: 1,100 finished cases of
/// one township (more than the 1,000 the page once loaded), beside a restricted case and another district's, grouped by
/// Beijing month and day.
/// </summary>
public abstract class DashboardConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private const int Cases = 1_100;
    private const int Late = 100;
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly CaseScope TownshipScope = new(["500113102"], false, null, []);

    /// <summary>January, February and March 2026 in Beijing time, and the end of March.</summary>
    private static readonly DateTimeOffset[] Quarter =
        [new(2026, 1, 1, 0, 0, 0, Beijing), new(2026, 2, 1, 0, 0, 0, Beijing), new(2026, 3, 1, 0, 0, 0, Beijing), new(2026, 4, 1, 0, 0, 0, Beijing)];

    [Fact]
    public async Task Dashboard_CountsEveryCaseInScope_BeyondAThousand()
    {
        await SeedAsync();
        var dashboard = new DashboardStore(Db.Main);

        var statuses = await dashboard.CasesByStatusAsync(TownshipScope);
        var everything = await dashboard.CasesByStatusAsync(CaseScope.Everything);
        var township = Assert.Single(await dashboard.OnTimeByTownshipAsync(TownshipScope));
        var item = Assert.Single(await dashboard.OnTimeByItemAsync(TownshipScope));

        Assert.Equal(new CaseCount("Finished", 0, Cases), Assert.Single(statuses));
        Assert.Equal(Cases + 2, everything.Sum(s => s.Cases));
        Assert.Equal(new OnTimeCount(TestDivisions.Township, Cases, Cases - Late), township);
        Assert.Equal(new OnTimeCount("dibao-mini", Cases, Cases - Late), item);
        Assert.Equal(1, Assert.Single(await dashboard.CasesByStatusAsync(new CaseScope(["500114"], false, null, []))).Cases);
    }

    [Fact]
    public async Task Dashboard_GroupsByBeijingMonthAndDay()
    {
        await SeedAsync();
        var dashboard = new DashboardStore(Db.Main);

        var months = await dashboard.CasesByItemAndMonthAsync(TownshipScope, Quarter);
        var steps = await dashboard.StepDaysAsync(TownshipScope);

        // 2026-01-31 23:30 and 2026-03-01 00:30 in Beijing are still January and already March, whatever UTC says.
        Assert.Equal(
            [new CaseCount("dibao-mini", 0, 1), new CaseCount("dibao-mini", 1, Cases - 2), new CaseCount("dibao-mini", 2, 1)],
            months.OrderBy(m => m.Month));
        var step = Assert.Single(steps);
        Assert.Equal(new StepDayCount("dibao-mini", "初审", Day(2026, 3, 3), Day(2026, 3, 5), Cases), step);
    }

    private static int Day(int year, int month, int day) => new DateOnly(year, month, day).DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    /// <summary>
    /// 1,100 finished dibao cases of the test township, each with one completed step (100 of them closed after their
    /// deadline), plus a restricted (child-protection) case of the same township and a case of another district.
    /// </summary>
    private async Task SeedAsync()
    {
        var dialect = Db.Main.Dialect;
        var created = Enumerable.Range(0, Cases).Select(i => i switch
        {
            0 => new DateTimeOffset(2026, 1, 31, 23, 30, 0, Beijing),
            1 => new DateTimeOffset(2026, 3, 1, 0, 30, 0, Beijing),
            _ => new DateTimeOffset(2026, 2, 10, 9, 0, 0, Beijing).AddMinutes(i),
        }).ToList();
        var rows = created.Select((at, i) => Instance($"dash-{i:D5}", TestDivisions.Village, at, restricted: false))
            .Append(Instance("dash-child", TestDivisions.Village, created[5], restricted: true))
            .Append(Instance("dash-other", "500114101001", created[5], restricted: false));
        await Db.ExecuteAsync("""
            INSERT INTO wf_instances (id, definition_id, definition_version, status, division_code, version, head_hash, snapshot, created_at, updated_at, restricted)
            VALUES (@id, 'dibao-mini', 1, 'Finished', @division_code, 1, 'h', '{}', @created_at, @created_at, @restricted)
            """, rows.ToList());
        // Opened 2026-03-03 00:30 Beijing (still 2 March in UTC), closed two days later; the late ones after their deadline.
        var opened = new DateTimeOffset(2026, 3, 3, 0, 30, 0, Beijing);
        var tasks = Enumerable.Range(0, Cases).Select(i => new TaskColumnsRow($"dash-task-{i:D5}", $"dash-{i:D5}", "Approval", "初审", "民政办", "township",
                TestDivisions.Township, null, "Completed", "li", opened, opened.AddDays(i < Late ? 1 : 3), opened.AddDays(2)))
            .ToList();
        await Store.WriteTaskRowsAsync(tasks, default);

        object Instance(string id, string division, DateTimeOffset at, bool restricted) =>
            new { id, division_code = division, created_at = dialect.ToDbTime(at), restricted = restricted ? 1 : 0 };
    }
}

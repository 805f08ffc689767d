using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Ports;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// The inbox searches and pages in its SQL: each tab's who-may-act rule, the scope and the case filter are one WHERE,
/// so a page and its count hold only the person's tasks, however many there are.
/// </summary>
public abstract class InboxSearchConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private const string OtherVillage = "500113103004";
    private static readonly CaseScope TownshipScope = new(["500113102"], false, null, []);

    [Fact]
    public async Task InboxSearch_TabsAndFilters_ReturnOnlyTheOfficersTasks()
    {
        var store = new CaseworkStore(Db.Main, Time);
        await Host.StartAsync("case-1");
        await ApplyAsync(store, "app-1", "张秀英", "case-1");
        Time.Advance(TimeSpan.FromDays(1));
        await Host.StartAsync("case-2");
        await ApplyAsync(store, "app-2", "李明", "case-2");
        Time.Advance(TimeSpan.FromDays(1));
        await Host.StartAsync("case-3");
        await Host.StartAsync("case-other", village: OtherVillage);
        await Host.ApproveAsync("case-3", EngineHost.TownshipOfficer);

        Assert.Equal(["case-1", "case-2"], await IdsAsync(InboxBox.ToDo, CaseSearch.All));
        Assert.DoesNotContain("case-other", await IdsAsync(InboxBox.ToDo, CaseSearch.All, CaseScope.Everything));
        Assert.Equal(["case-3"], await IdsAsync(InboxBox.Done, CaseSearch.All));
        Assert.Empty(await IdsAsync(InboxBox.Copied, CaseSearch.All));
        Assert.Empty(await IdsAsync(InboxBox.Overdue, CaseSearch.All));
        Assert.Equal(["case-1", "case-2"], await IdsAsync(InboxBox.Overdue, CaseSearch.All, now: Time.GetUtcNow().AddDays(60)));

        Assert.Equal(["case-2"], await IdsAsync(InboxBox.ToDo, new CaseSearch(CaseNumber: "case-2")));
        Assert.Equal(["case-1"], await IdsAsync(InboxBox.ToDo, new CaseSearch(CaseNumber: "-00001")));
        Assert.Equal(["case-1"], await IdsAsync(InboxBox.ToDo, new CaseSearch(ApplicantName: "秀英")));
        Assert.Equal(["case-1", "case-2"], await IdsAsync(InboxBox.ToDo, new CaseSearch(DefinitionId: "dibao-mini", Statuses: ["Finished"])));
        Assert.Empty(await IdsAsync(InboxBox.ToDo, new CaseSearch(DefinitionId: "tekun")));
        var start = Clocks.At("2026-03-02T09:00:00+08:00").GetUtcNow();
        Assert.Equal(["case-2"], await IdsAsync(InboxBox.ToDo, new CaseSearch(CreatedFrom: start.AddHours(12), CreatedBefore: start.AddDays(2))));
        Assert.Empty(await IdsAsync(InboxBox.ToDo, CaseSearch.All, new CaseScope([], false, null, [])));
    }

    [Fact]
    public async Task InboxSearch_ByDivisionAndTheStepsDue_NarrowsTheTab()
    {
        await Host.StartAsync("case-1");
        Time.Advance(TimeSpan.FromDays(1));
        await Host.StartAsync("case-2", village: "500113102002");
        var now = Time.GetUtcNow();

        Assert.Equal(["case-1", "case-2"], await IdsAsync(InboxBox.ToDo, CaseSearch.All));
        Assert.Equal(["case-2"], await IdsAsync(InboxBox.ToDo, new CaseSearch(DivisionCode: "500113102002")));
        Assert.Equal(["case-1", "case-2"], await IdsAsync(InboxBox.ToDo, new CaseSearch(DivisionCode: "500113102000")));
        Assert.Empty(await IdsAsync(InboxBox.ToDo, new CaseSearch(DivisionCode: OtherVillage), CaseScope.Everything));
        Assert.Equal(["case-1", "case-2"], await IdsAsync(InboxBox.ToDo, new CaseSearch(DueFrom: now, DueBefore: now.AddDays(60))));
        Assert.Empty(await IdsAsync(InboxBox.ToDo, new CaseSearch(DueBefore: now)));
    }

    [Fact]
    public async Task InboxSearch_MoreThan200Tasks_PagesThemAllWithTheirCount()
    {
        for (var n = 1; n <= 205; n++)
        {
            await Host.StartAsync($"case-{n:D3}");
            Time.Advance(TimeSpan.FromMinutes(1));
        }
        await Host.StartAsync("case-other", village: OtherVillage);

        var seen = new List<string>();
        for (var offset = 0; offset < 300; offset += 50)
        {
            var page = await Store.SearchAsync(Search(InboxBox.ToDo, CaseSearch.All), CaseScope.Everything, offset, 50, default);
            Assert.Equal(205, page.Total);
            seen.AddRange(page.Rows.Select(r => r.InstanceId));
        }

        Assert.Equal(205, seen.Distinct().Count());
        Assert.Equal(205, seen.Count);
        Assert.Equal("case-001", seen[0]);
        Assert.Equal("case-205", seen[^1]);
    }

    private async Task<List<string>> IdsAsync(InboxBox box, CaseSearch search, CaseScope? scope = null, DateTimeOffset? now = null) =>
        (await Store.SearchAsync(Search(box, search, now), scope ?? TownshipScope, 0, 10, default)).Rows.Select(r => r.InstanceId).ToList();

    private InboxSearch Search(InboxBox box, CaseSearch search, DateTimeOffset? now = null) =>
        new(EngineHost.TownshipOfficer, box, search, now ?? Time.GetUtcNow());

    private Task<ApplicationRecord> ApplyAsync(CaseworkStore store, string id, string applicant, string instanceId, string window = "500113102000")
    {
        var application = new ApplicationRecord(id, "", window, window, applicant, "accepted", """{"applicant":{}}""", Time.GetUtcNow(), "wangfang", null, 0);
        ApplicationItemRecord[] items = [new(id, "dibao", "workflow", instanceId, null, window, "pending", window)];
        return store.CreateApplicationAsync(application, n => $"{window[..6]}-20260302-{n:D5}", window[..6] + "-20260302",
            number => ("""{"applicant":{}}""", items),
            new CaseworkAuditEntry(Guid.NewGuid().ToString("N"), Time.GetUtcNow(), "wangfang", "application.accept", "application", id, "{}"));
    }
}

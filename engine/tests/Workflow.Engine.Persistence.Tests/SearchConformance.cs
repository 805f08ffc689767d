using System.Text.Json.Nodes;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Schema;
using Workflow.Engine.Ports;
using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// 案件查询 and 受理记录 search and page in their SQL: every filter narrows the caller's scope (never widens it), the
/// count covers all pages, and a person's own <c>%</c> or <c>_</c> is text, not a wildcard.
/// </summary>
public abstract class SearchConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private static readonly CaseScope TownshipScope = new(["500113102"], false, null, []);

    [Fact]
    public async Task CaseSearch_ByNumberNameItemStatusAndDate_NarrowsTheScope()
    {
        var store = new CaseworkStore(Db.Main, Time);
        await Host.StartAsync("dibao-0001");
        await ApplyAsync(store, "app-1", "张秀英", "dibao-0001");
        Time.Advance(TimeSpan.FromDays(1));
        await Host.StartAsync("dibao-0002");
        await ApplyAsync(store, "app-2", "李_明", "dibao-0002");
        Time.Advance(TimeSpan.FromDays(1));
        await Host.StartAsync("dibao-0003", village: "500114101001");
        await ApplyAsync(store, "app-3", "张秀英", "dibao-0003", window: "500114101000");

        Assert.Equal(["dibao-0002", "dibao-0001"], await IdsAsync(CaseSearch.All));
        Assert.Equal(["dibao-0001"], await IdsAsync(new CaseSearch(ApplicantName: "秀英")));
        Assert.Equal(["dibao-0002"], await IdsAsync(new CaseSearch(ApplicantName: "_")));
        Assert.Empty(await IdsAsync(new CaseSearch(ApplicantName: "%")));
        Assert.Equal(["dibao-0002"], await IdsAsync(new CaseSearch(CaseNumber: "0002")));
        Assert.Equal(["dibao-0001"], await IdsAsync(new CaseSearch(CaseNumber: "500113-20260302-00001")));
        Assert.Equal(["dibao-0002", "dibao-0001"], await IdsAsync(new CaseSearch(DefinitionId: "dibao-mini", Statuses: ["Executing", "Suspended"])));
        Assert.Empty(await IdsAsync(new CaseSearch(DefinitionId: "tekun")));
        Assert.Empty(await IdsAsync(new CaseSearch(Statuses: ["Finished"])));
        var start = Clocks.At("2026-03-02T09:00:00+08:00").GetUtcNow();
        Assert.Equal(["dibao-0002"], await IdsAsync(new CaseSearch(CreatedFrom: start.AddHours(12), CreatedBefore: start.AddDays(2))));
        Assert.Equal(["dibao-0001"], await IdsAsync(new CaseSearch(CreatedBefore: start.AddHours(12))));
    }

    [Fact]
    public async Task CaseSearch_ByDivisionAndOpenStepDue_NarrowsTheScope()
    {
        await Host.StartAsync("dibao-0001");
        Time.Advance(TimeSpan.FromDays(1));
        await Host.StartAsync("dibao-0002", village: "500113102002");
        var now = Time.GetUtcNow();

        Assert.Equal(["dibao-0002"], await IdsAsync(new CaseSearch(DivisionCode: "500113102002")));
        Assert.Equal(["dibao-0002", "dibao-0001"], await IdsAsync(new CaseSearch(DivisionCode: "500113102000")));
        Assert.Empty(await IdsAsync(new CaseSearch(DivisionCode: "500114000000")));
        Assert.Equal(["dibao-0002", "dibao-0001"], await IdsAsync(new CaseSearch(DueFrom: now, DueBefore: now.AddDays(60))));
        Assert.Empty(await IdsAsync(new CaseSearch(DueBefore: now)));
    }

    [Fact]
    public async Task CaseSearch_ByName_FindsACaseWithoutApplicationByTheNameItStartedWith()
    {
        var store = new CaseworkStore(Db.Main, Time);
        var started = await Host.Run(new StartInstance("ticket-0001", "dibao-mini", null,
            new JsonObject { ["divisionCode"] = TestDivisions.Village, [CaseInputKeys.ApplicantName] = "王小_丫" }));
        Assert.True(started.IsAccepted, started.Rejection?.ToString());
        Time.Advance(TimeSpan.FromDays(1));
        await Host.StartAsync("dibao-0001");
        await ApplyAsync(store, "app-1", "张秀英", "dibao-0001");

        Assert.Equal(["ticket-0001"], await IdsAsync(new CaseSearch(ApplicantName: "小_")));
        Assert.Empty(await IdsAsync(new CaseSearch(ApplicantName: "小%")));
        Assert.Equal(["dibao-0001"], await IdsAsync(new CaseSearch(ApplicantName: "秀英")));
    }

    [Fact]
    public async Task Commit_CaseInputWithApplicantName_WritesTheApplicantNameColumn()
    {
        await StartNamedAsync("ticket-0001", "王小丫");
        await Host.StartAsync("dibao-0001");

        Assert.Equal("王小丫", await NameColumnAsync("ticket-0001"));
        Assert.Null(await NameColumnAsync("dibao-0001"));
    }

    [Fact]
    public async Task InstanceApplicantMigration_RowWrittenBeforeIt_FillsTheNameFromItsSnapshot()
    {
        await StartNamedAsync("ticket-0001", "王小丫");
        await Host.StartAsync("dibao-0001");
        await Db.ExecuteAsync("UPDATE wf_instances SET applicant_name = NULL");
        var script = MigrationScripts.For(Db.Main.Dialect).Single(m => m.Name == "instance_applicant").Script;
        var fill = script[script.IndexOf("UPDATE wf_instances", StringComparison.Ordinal)..].Replace("GO", "", StringComparison.Ordinal);

        await Db.ExecuteAsync(fill);

        Assert.Equal("王小丫", await NameColumnAsync("ticket-0001"));
        Assert.Null(await NameColumnAsync("dibao-0001"));
        Assert.Equal(["ticket-0001"], await IdsAsync(new CaseSearch(ApplicantName: "小丫")));
    }

    [Fact]
    public async Task CaseSearch_Pages_CountAllMatchesInTheScope()
    {
        for (var n = 1; n <= 5; n++)
        {
            await Host.StartAsync($"case-{n}");
            Time.Advance(TimeSpan.FromMinutes(1));
        }
        await Host.StartAsync("case-elsewhere", village: "500114101001");

        var second = await Store.SearchAsync(TownshipScope, CaseSearch.All, 2, 2, default);

        Assert.Equal(5, second.Total);
        Assert.Equal(["case-3", "case-2"], second.Rows.Select(r => r.InstanceId));
        Assert.Equal(6, (await Store.SearchAsync(CaseScope.Everything, CaseSearch.All, 0, 1, default)).Total);
        var none = await Store.SearchAsync(new CaseScope([], false, null, []), CaseSearch.All, 0, 10, default);
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Rows);
    }

    [Fact]
    public async Task ApplicationSearch_ByNumberNameItemStatusAndDate_PagesWithinTheScope()
    {
        var store = new CaseworkStore(Db.Main, Time);
        await ApplyAsync(store, "app-1", "张秀英", null);
        Time.Advance(TimeSpan.FromDays(1));
        await ApplyAsync(store, "app-2", "王五", null);
        Time.Advance(TimeSpan.FromDays(1));
        await ApplyAsync(store, "app-3", "张秀英", null, window: "500114101000");

        Assert.Equal(["app-2", "app-1"], await ApplicationIdsAsync(store, ApplicationSearch.All));
        Assert.Equal(["app-1"], await ApplicationIdsAsync(store, new ApplicationSearch(ApplicantName: "张")));
        Assert.Equal(["app-2"], await ApplicationIdsAsync(store, new ApplicationSearch(CaseNumber: "00002")));
        Assert.Equal(["app-2", "app-1"], await ApplicationIdsAsync(store, new ApplicationSearch(ItemCode: "dibao", Status: "accepted")));
        Assert.Empty(await ApplicationIdsAsync(store, new ApplicationSearch(ItemCode: "tekun")));
        Assert.Empty(await ApplicationIdsAsync(store, new ApplicationSearch(Status: "closed")));
        var start = Clocks.At("2026-03-02T09:00:00+08:00").GetUtcNow();
        Assert.Equal(["app-2"], await ApplicationIdsAsync(store, new ApplicationSearch(AcceptedFrom: start.AddHours(12), AcceptedBefore: start.AddDays(2))));

        var page = await store.SearchApplicationsAsync(TownshipScope, ApplicationSearch.All, 1, 1);
        Assert.Equal(2, page.Total);
        Assert.Equal(["app-1"], page.Rows.Select(r => r.Id));
        var window = await store.SearchApplicationsAsync(CaseScope.Everything, ApplicationSearch.All, 0, 10, acceptedIn: ["500114"]);
        Assert.Equal(["app-3"], window.Rows.Select(r => r.Id));
        Assert.Equal(1, window.Total);
    }

    private async Task StartNamedAsync(string id, string name)
    {
        var started = await Host.Run(new StartInstance(id, "dibao-mini", null,
            new JsonObject { ["divisionCode"] = TestDivisions.Village, [CaseInputKeys.ApplicantName] = name }));
        Assert.True(started.IsAccepted, started.Rejection?.ToString());
    }

    private async Task<string?> NameColumnAsync(string id) =>
        (await Db.QueryAsync<string?>("SELECT applicant_name FROM wf_instances WHERE id = @id", new { id })).Single();

    private async Task<List<string>> IdsAsync(CaseSearch search) =>
        (await Store.SearchAsync(TownshipScope, search, 0, 10, default)).Rows.Select(r => r.InstanceId).ToList();

    private async Task<List<string>> ApplicationIdsAsync(CaseworkStore store, ApplicationSearch search) =>
        (await store.SearchApplicationsAsync(TownshipScope, search, 0, 10)).Rows.Select(r => r.Id).ToList();

    private Task<ApplicationRecord> ApplyAsync(CaseworkStore store, string id, string applicant, string? instanceId, string window = "500113102000")
    {
        var application = new ApplicationRecord(id, "", window, window, applicant, "accepted", """{"applicant":{}}""", Time.GetUtcNow(), "wangfang", null, 0);
        ApplicationItemRecord[] items = [new(id, "dibao", "workflow", instanceId, null, window, "pending", window)];
        return store.CreateApplicationAsync(application, n => $"{window[..6]}-20260302-{n:D5}", window[..6] + "-20260302",
            number => ("""{"applicant":{}}""", items),
            new CaseworkAuditEntry(Guid.NewGuid().ToString("N"), Time.GetUtcNow(), "wangfang", "application.accept", "application", id, "{}"));
    }
}

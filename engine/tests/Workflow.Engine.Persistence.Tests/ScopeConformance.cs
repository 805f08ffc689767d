using System.Text.Json.Nodes;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// Lists carry the reader's scope in their SQL: a page holds only what the scope reaches (area, with or without
/// child-protection cases; the people a task names), and counts agree with it.
/// </summary>
public abstract class ScopeConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private static readonly CaseScope TownshipScope = new(["500113102"], false, null, []);

    [Fact]
    public async Task Scope_ListsCasesAndTasksOnlyWhereItReaches()
    {
        await Host.StartAsync("case-open");
        Time.Advance(TimeSpan.FromMinutes(1));
        var child = await Host.Run(new StartInstance("case-child", "dibao-mini", null,
            new JsonObject { ["divisionCode"] = TestDivisions.Village, ["childProtection"] = true }));
        Assert.True(child.IsAccepted, child.Rejection?.ToString());
        Time.Advance(TimeSpan.FromMinutes(1));
        await Host.StartAsync("case-other", village: "500114101001");

        Assert.Equal(["case-open"], await CaseIdsAsync(TownshipScope));
        Assert.Equal(["case-child", "case-open"], await CaseIdsAsync(TownshipScope with { SeesRestricted = true }));
        Assert.Equal(["case-other", "case-child", "case-open"], await CaseIdsAsync(CaseScope.Everything));
        Assert.Equal(["case-child"], (await Store.ListAsync(CaseScope.Everything, 1, 1, default)).Select(s => s.InstanceId));
        Assert.Empty(await CaseIdsAsync(new CaseScope([], false, null, [])));

        var tasks = await Store.TasksAsync(TownshipScope, new TaskQuery(Open: true), 0, 10, default);
        Assert.Equal(["case-open"], tasks.Select(t => t.InstanceId));
        Assert.Empty(await Store.TasksAsync(TownshipScope, new TaskQuery(Post: "区民政局"), 0, 10, default));

        // The inbox's 待办 and its count leave the child-protection case out for a scope that may not see it.
        var toDo = new InboxSearch(EngineHost.TownshipOfficer, InboxBox.ToDo, CaseSearch.All, Time.GetUtcNow());
        var scoped = await Store.SearchAsync(toDo, TownshipScope, 0, 10, default);
        Assert.Equal(["case-open"], scoped.Rows.Select(t => t.InstanceId));
        Assert.Equal(1, scoped.Total);
        Assert.Equal(2, (await Store.SearchAsync(toDo, CaseScope.Everything, 0, 10, default)).Total);
    }

    [Fact]
    public async Task Scope_OfAPerson_ReachesTheCasesTheirTasksName()
    {
        await Host.StartAsync("case-1");
        await Host.StartAsync("case-2");
        await Host.ApproveAsync("case-1", EngineHost.TownshipOfficer);
        var person = new CaseScope([], false, EngineHost.TownshipOfficer.Id, []);

        Assert.Equal(["case-1"], await CaseIdsAsync(person));
        var decided = await Store.TasksAsync(person, new TaskQuery(DecidedBy: EngineHost.TownshipOfficer.Id, Open: false), 0, 10, default);
        Assert.Equal(["case-1"], decided.Select(t => t.InstanceId));
    }

    private async Task<List<string>> CaseIdsAsync(CaseScope scope) =>
        (await Store.ListAsync(scope, 0, 10, default)).Select(s => s.InstanceId).ToList();
}

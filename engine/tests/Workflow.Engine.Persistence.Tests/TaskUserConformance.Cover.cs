using Workflow.Engine.Persistence.Messages;
using Workflow.Engine.Persistence.Schema;
using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Leave cover's task-user rows (代理) and migration 0021's backfill of who an open task is open to.</summary>
public abstract partial class TaskUserConformance<TFixture>
{
    /// <summary>li and zhao by post; wang covers li until <see cref="Until"/>.</summary>
    private sealed class CoveredOffice(DateTimeOffset until) : IAssignmentResolver
    {
        public Assignment Resolve(AssignmentRequest request) => new(request.DivisionCode,
            [new Candidate("li", "持有岗位 民政办"), new Candidate("zhao", "持有岗位 民政办"), new Candidate("wang", "代理 li") { CoverFor = "li", Until = until }]);
    }

    /// <summary>Every candidate had to step aside (回避): the task waits for a manual assignment.</summary>
    private sealed class NobodyLeft : IAssignmentResolver
    {
        public Assignment Resolve(AssignmentRequest request) => new(request.DivisionCode, [], "全部候选人回避");
    }

    [Fact]
    public async Task CoveredTasks_DeputyOfATaskSomeoneHolds_IsFoundUntilTheCoverEnds()
    {
        var until = Time.GetUtcNow().AddDays(1);
        var host = new EngineHost(Store, Time, new CoveredOffice(until));
        var taskId = EngineHost.OpenTask(await host.StartAsync("case-1")).TaskId;
        var deputies = new DeputyStore(Db.Main);

        Assert.True((await host.Run(new ClaimTask("case-1", taskId, Actor.User("li")))).IsAccepted);
        var held = await deputies.CoveredTasksAsync("wang", Time.GetUtcNow());
        var afterTheCover = await deputies.CoveredTasksAsync("wang", until.AddMinutes(1));
        Assert.True((await host.Run(new EndCover("case-1", taskId, "wang", "li", Actor.User("li")))).IsAccepted);
        var ended = await deputies.CoveredTasksAsync("wang", Time.GetUtcNow());
        var again = await host.Run(new EndCover("case-1", taskId, "wang", "li", Actor.User("li")) { RequestKey = "end-again" });

        Assert.Equal([("case-1", taskId)], held);
        Assert.Empty(afterTheCover);
        Assert.Empty(ended);
        Assert.True(again.IsAccepted, again.Rejection?.ToString());
        Assert.Empty(again.Events);
        Assert.Empty(await Store.ForUserAsync("wang", UserInbox.ToDo, 10, default));
    }

    [Fact]
    public async Task Migration21Backfill_OpenTaskLeftWithNobody_IsNobody_AndClosedTasksAreLeftAlone()
    {
        var nobody = EngineHost.OpenTask(await new EngineHost(Store, Time, new NobodyLeft()).StartAsync("case-1")).TaskId;
        var office = new EngineHost(Store, Time, new TownshipOffice());
        var closed = EngineHost.OpenTask(await office.StartAsync("case-2")).TaskId;
        await office.ApproveAsync("case-2", EngineHost.TownshipOfficer);
        await Db.ExecuteAsync("UPDATE wf_tasks SET audience = NULL");

        await Db.ExecuteAsync(Backfill());

        Assert.Equal("nobody", await Db.ScalarAsync<string>("SELECT audience FROM wf_tasks WHERE task_id = @id", new { id = nobody }));
        Assert.Null(Assert.Single(await Db.QueryAsync<string?>("SELECT audience FROM wf_tasks WHERE task_id = @id", new { id = closed })));
    }

    /// <summary>The UPDATE of migration 0021 in the store's dialect.</summary>
    private string Backfill()
    {
        var script = MigrationScripts.For(Db.Main.Dialect).Single(m => m.Version == 21).Script;
        var statements = script.Split(Db.Main.Dialect.Name == "sqlserver" ? "\nGO" : ";\n", StringSplitOptions.TrimEntries);
        return statements.Single(s => s.Contains("UPDATE wf_tasks", StringComparison.Ordinal)).TrimEnd(';');
    }
}

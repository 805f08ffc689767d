using Dapper;
using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Claims, holders and copies reach the task rows and wf_task_users in the commit, and a user's inbox reads them.</summary>
public abstract partial class TaskUserConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private sealed class TownshipOffice : IAssignmentResolver
    {
        public Assignment Resolve(AssignmentRequest request) => request.Post == "民政办"
            ? new Assignment(request.DivisionCode, [new Candidate("li", "持有岗位 民政办"), new Candidate("zhao", "持有岗位 民政办")])
            : Assignment.Unresolved(request);
    }

    [Fact]
    public async Task TaskUsers_FollowClaimCopyAndDecision_AndTheUserInboxReadsThem()
    {
        var host = new EngineHost(Store, Time, new TownshipOffice());
        var view = await host.StartAsync("case-1");
        var taskId = EngineHost.OpenTask(view).TaskId;
        Time.Advance(TimeSpan.FromMinutes(1));
        await host.StartAsync("case-2");

        Assert.Equal(["case-2", "case-1"], (await Store.ForUserAsync("li", UserInbox.ToDo, 10, default)).Select(t => t.InstanceId));
        Assert.Equal(["case-2"], (await Store.ForUserAsync("zhao", UserInbox.ToDo, 1, default)).Select(t => t.InstanceId));
        Assert.Empty(await Store.ForUserAsync("wang", UserInbox.ToDo, 10, default));

        Assert.True((await host.Run(new ClaimTask("case-1", taskId, Actor.User("li")))).IsAccepted);
        var row = (await Store.FindAsync(taskId, default))!;
        Assert.Equal(("li", "li", "li"), (row.ClaimedBy, row.HolderUserId, row.AssigneeUserId));
        Assert.Equal(["case-2"], (await Store.ForUserAsync("zhao", UserInbox.ToDo, 10, default)).Select(t => t.InstanceId));
        Assert.Contains(taskId, (await Store.ForUserAsync("li", UserInbox.ToDo, 10, default)).Select(t => t.TaskId));

        Assert.True((await host.Run(new CopyTask("case-1", taskId, Actor.User("li"), ["chief"], "请知悉"))).IsAccepted);
        Assert.Equal([taskId], (await Store.ForUserAsync("chief", UserInbox.Copied, 10, default)).Select(t => t.TaskId));
        Assert.Empty(await Store.ForUserAsync("chief", UserInbox.ToDo, 10, default));

        Assert.True((await host.Run(new TransferTask("case-1", taskId, Actor.User("li"), "sun", "出差"))).IsAccepted);
        Assert.Equal([taskId], (await Store.ForUserAsync("sun", UserInbox.ToDo, 10, default)).Select(t => t.TaskId));
        Assert.DoesNotContain(taskId, (await Store.ForUserAsync("li", UserInbox.ToDo, 10, default)).Select(t => t.TaskId));

        await host.ApproveAsync("case-1", Actor.User("sun"));
        Assert.Empty(await Store.ForUserAsync("sun", UserInbox.ToDo, 10, default));
        var closed = (await Store.FindAsync(taskId, default))!;
        Assert.Equal(("Completed", "sun"), (closed.Status, closed.AssigneeUserId));
        Assert.Equal([taskId], (await Store.ForUserAsync("chief", UserInbox.Copied, 10, default)).Select(t => t.TaskId));
        Assert.Equal(1, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_task_users WHERE task_id = @id", new { id = taskId }));

        // A store that did not load the instance (no baseline) writes the same rows.
        var other = SecondStore();
        var otherHost = new EngineHost(other, Time, new TownshipOffice());
        var secondTask = EngineHost.OpenTask((await other.LoadAsync("case-2", default))!).TaskId;
        Assert.True((await otherHost.Run(new ClaimTask("case-2", secondTask, Actor.User("zhao")))).IsAccepted);
        Assert.Empty(await Store.ForUserAsync("li", UserInbox.ToDo, 10, default));
        Assert.Equal([secondTask], (await Store.ForUserAsync("zhao", UserInbox.ToDo, 10, default)).Select(t => t.TaskId));
    }

    [Fact]
    public async Task UserInboxPlans_At20000Tasks_ReadTheTaskUserIndexAndJoinByKey()
    {
        // Every unclaimed open approval names two candidates; a claimed one its holder; one task in fifty is copied.
        var seed = InboxSeed.Rows(20_000, Time.GetUtcNow()).Select((t, i) => t with
        {
            Users = string.Join("\n", new[]
            {
                t.Status != "Open" || t.Kind != "Approval" ? null
                    : t.AssigneeUserId is { } holder ? "holder:" + holder : $"candidate:{InboxSeed.User(i)}\ncandidate:{InboxSeed.User(i + 7)}",
                i % 50 == 0 ? "copy:" + InboxSeed.User(i + 3) : null,
            }.Where(u => u is not null)),
        }).ToList();
        await Store.WriteTaskRowsAsync(seed, default);
        await Fixture.AnalyzeAsync(Db);
        var dialect = Db.Main.Dialect;
        var user = InboxSeed.User(7);
        foreach (var (name, sql) in new[] { ("to-do", TaskSql.For(dialect).ToDoForUser), ("copied", TaskSql.For(dialect).CopiedToUser) })
        {
            var plan = string.Join("\n", await Fixture.ExplainAsync(Db, sql, new DynamicParameters(new { user_id = user, limit = 50 })));
            Output.WriteLine($"{name}:\n{plan}");
            Assert.Contains("ix_wf_task_users_user", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("Seq Scan on wf_task", plan, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?m)^SCAN (t|u|wf_tasks|wf_task_users)\b", plan);
        }

        var expected = seed.Where(t => t.Users.Split('\n').Any(u => u == "holder:" + user || u == "candidate:" + user))
            .OrderByDescending(t => t.OpenedAt).Take(50).Select(t => t.TaskId).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await Store.ForUserAsync(user, UserInbox.ToDo, 50, default)).Select(t => t.TaskId));
        var copied = seed.Where(t => t.Users.Split('\n').Contains("copy:" + user)).OrderByDescending(t => t.OpenedAt).Take(50).Select(t => t.TaskId);
        Assert.Equal(copied, (await Store.ForUserAsync(user, UserInbox.Copied, 50, default)).Select(t => t.TaskId));
    }
}

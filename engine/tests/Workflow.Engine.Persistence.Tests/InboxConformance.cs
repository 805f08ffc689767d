using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Task rows follow the instance, inbox queries return the right rows, and at volume their plans use the indexes.</summary>
public abstract class InboxConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private const string OtherVillage = "500113103004";
    private const string OtherTownship = "500113103000";

    [Fact]
    public async Task TaskRows_FollowDecisionsAndReplies()
    {
        var view = await Host.StartAsync("case-1");
        var review = EngineHost.OpenTask(view);

        var row = (await Store.FindAsync(review.TaskId, default))!;
        Assert.Equal(("Approval", "乡镇审核", "民政办", "township", TestDivisions.Township, "Open"),
            (row.Kind, row.Title, row.Post, row.Level, row.DivisionCode, row.Status));
        Assert.Equal(review.Opened.At, row.OpenedAt);
        Assert.Equal(review.DueAt, row.DueAt);
        Assert.NotNull(row.DueAt);

        view = await Host.ApproveAsync("case-1", EngineHost.TownshipOfficer);
        row = (await Store.FindAsync(review.TaskId, default))!;
        Assert.Equal(("Completed", "li"), (row.Status, row.AssigneeUserId));
        var referral = EngineHost.OpenTask(view);
        var referralRow = Assert.Single(await Store.ForDepartmentAsync(TestDepartments.Education, 10, default));
        Assert.Equal((referral.TaskId, "Referral", TestDepartments.Education, "Open"),
            (referralRow.TaskId, referralRow.Kind, referralRow.DepartmentCode, referralRow.Status));

        await Host.ReplyAsync("case-1");
        Assert.Empty(await Store.ForDepartmentAsync(TestDepartments.Education, 10, default));
        Assert.Equal("Completed", (await Store.FindAsync(referral.TaskId, default))!.Status);
        Assert.Null(await Store.FindAsync("no-such-task", default));
        Assert.Equal(2, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_tasks WHERE instance_id = @id", new { id = "case-1" }));
    }

    [Fact]
    public async Task Inbox_Queries_ReturnTheRightRowsNewestFirst()
    {
        await Host.StartAsync("case-1");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Host.StartAsync("case-2");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Host.StartAsync("case-3", village: OtherVillage);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Host.StartAsync("case-4");
        await Host.ApproveAsync("case-4", EngineHost.TownshipOfficer);

        var mine = await Store.ForPostAsync("民政办", [TestDivisions.Township], 10, default);
        Assert.Equal(["case-2", "case-1"], mine.Select(t => t.InstanceId));
        var both = await Store.ForPostAsync("民政办", [TestDivisions.Township, OtherTownship], 2, default);
        Assert.Equal(["case-3", "case-2"], both.Select(t => t.InstanceId));
        Assert.Equal(3, await Store.CountForPostAsync("民政办", [TestDivisions.Township, OtherTownship], default));
        Assert.Equal(0, await Store.CountForPostAsync("区民政局", [TestDivisions.Township], default));
        Assert.Empty(await Store.ForPostAsync("民政办", [], 10, default));

        Assert.Empty(await Store.OverdueAsync(Time.GetUtcNow(), 10, default));
        var overdue = await Store.OverdueAsync(Time.GetUtcNow().AddDays(30), 10, default);
        Assert.Equal(4, overdue.Count); // three reviews and case-4's referral
        Assert.Equal(overdue.OrderBy(t => t.DueAt).Select(t => t.TaskId), overdue.Select(t => t.TaskId));

        // "My tasks" are claimed open tasks. The core has no claim command yet, so the row is written as a claim would be.
        var claimed = new TaskColumnsRow("claimed-1", "case-x", "Approval", "入户调查", "村协理员", "village", TestDivisions.Village, null, "Open", "wang",
            Time.GetUtcNow(), null, null);
        await Store.WriteTaskRowsAsync([claimed], default);
        Assert.Equal(["claimed-1"], (await Store.AssignedToAsync("wang", 10, default)).Select(t => t.TaskId));
        Assert.Empty(await Store.AssignedToAsync("li", 10, default)); // li decided case-4's review: done, not in the inbox
        Assert.Equal(3, await Store.CountForPostAsync("民政办", [TestDivisions.Township, OtherTownship], default));
    }

    [Fact]
    public async Task InboxPlans_At20000Tasks_UseTheirIndexesAndNeverScanTheTable()
    {
        var seed = InboxSeed.Rows(20_000, Time.GetUtcNow());
        await Store.WriteTaskRowsAsync(seed, default);
        await Fixture.AnalyzeAsync(Db);
        var dialect = Db.Main.Dialect;
        var taskSql = TaskSql.For(dialect);
        var now = Time.GetUtcNow();

        var assigned = new DynamicParameters(new { user_id = InboxSeed.User(7), limit = 50 });
        var divisions = new[] { InboxSeed.Township(3), InboxSeed.Township(4) };
        var forPost = Workflow.Engine.Persistence.Instances.InboxReader.PostParameters(InboxSeed.Posts[0], divisions);
        forPost.Add("limit", 50, DbType.Int32);
        var overdue = new DynamicParameters(new { limit = 50 });
        overdue.Add("now", dialect.ToDbTime(now), dialect.TimeDbType);
        var department = new DynamicParameters(new { department_code = InboxSeed.Department(2), limit = 50 });

        var queries = new (string Name, string Sql, DynamicParameters Parameters)[]
        {
            ("my tasks", taskSql.AssignedTo, assigned),
            ("tasks for my post in my division", taskSql.ForPost(divisions.Length), forPost),
            ("overdue", taskSql.Overdue, overdue),
            ("count badge", taskSql.CountForPost(divisions.Length), Workflow.Engine.Persistence.Instances.InboxReader.PostParameters(InboxSeed.Posts[0], divisions)),
            ("department referrals", taskSql.ForDepartment, department),
        };
        foreach (var (name, sql, parameters) in queries)
        {
            var plan = await Fixture.ExplainAsync(Db, sql, parameters);
            Output.WriteLine($"{name}:\n    {string.Join("\n    ", plan)}");
            Fixture.AssertNoTaskScan(plan, name);
        }

        // And the queries answer what the seed holds.
        var expectedMine = seed.Where(t => t.AssigneeUserId == InboxSeed.User(7) && t.Status == "Open").OrderByDescending(t => t.OpenedAt).Take(50);
        Assert.Equal(expectedMine.Select(t => t.TaskId), (await Store.AssignedToAsync(InboxSeed.User(7), 50, default)).Select(t => t.TaskId));
        var expectedCount = seed.Count(t => t.Post == InboxSeed.Posts[0] && divisions.Contains(t.DivisionCode) && t.AssigneeUserId is null && t.Status == "Open");
        Assert.True(expectedCount > 0);
        Assert.Equal(expectedCount, await Store.CountForPostAsync(InboxSeed.Posts[0], divisions, default));
        var expectedOverdue = seed.Where(t => t.Status == "Open" && t.DueAt < now).OrderBy(t => t.DueAt).Take(50).Select(t => t.DueAt);
        Assert.Equal(expectedOverdue, (await Store.OverdueAsync(now, 50, default)).Select(t => t.DueAt));
    }
}

using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Task rows follow the instance (the inbox reads them through its search: <see cref="InboxSearchConformance{TFixture}"/>).</summary>
public abstract class InboxConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
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
        var referralRow = (await Store.FindAsync(referral.TaskId, default))!;
        Assert.Equal((referral.TaskId, "Referral", TestDepartments.Education, "Open"),
            (referralRow.TaskId, referralRow.Kind, referralRow.DepartmentCode, referralRow.Status));

        await Host.ReplyAsync("case-1");
        Assert.Equal("Completed", (await Store.FindAsync(referral.TaskId, default))!.Status);
        Assert.Null(await Store.FindAsync("no-such-task", default));
        Assert.Equal(2, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_tasks WHERE instance_id = @id", new { id = "case-1" }));
    }
}

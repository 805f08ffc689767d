using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Messages;
using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>The message centre (issue 12): one row per notice and user, only the recipient reads or marks it, newest first.</summary>
public abstract class MessageConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private MessageStore Messages() => new(Db.Main);

    private MessageRecord Notice(string key, int minutes = 0) =>
        new("", key, "", "urge", "催办：乡镇审核", "黄敏 催办「乡镇审核」", "case-1", "case-1-1", null, Time.GetUtcNow().AddMinutes(minutes), null);

    [Fact]
    public async Task Messages_SameNoticeTwice_WritesOneRowPerUser()
    {
        var store = Messages();

        var first = await store.AddAsync(Notice("task-urged:1"), ["zhangwei", "yangfan", "zhangwei"]);
        var again = await store.AddAsync(Notice("task-urged:1"), ["zhangwei", "yangfan"]);
        var widened = await store.AddAsync(Notice("task-urged:1"), ["zhangwei", "lina"]);

        Assert.Equal((2, 0, 1), (first, again, widened));
        var page = await store.PageAsync("zhangwei", 1, 20);
        var message = Assert.Single(page.Messages);
        Assert.Equal(("urge", "催办：乡镇审核", "case-1-1", 1), (message.Kind, message.Title, message.TaskId, page.Unread));
        Assert.Equal(MessageStore.IdOf("task-urged:1", "zhangwei"), message.Id);
    }

    [Fact]
    public async Task Messages_Page_IsNewestFirst_AndPaged()
    {
        var store = Messages();
        for (var i = 0; i < 5; i++)
        {
            await store.AddAsync(Notice($"n{i}", i), ["zhangwei"]);
        }

        var first = await store.PageAsync("zhangwei", 1, 2);
        var last = await store.PageAsync("zhangwei", 3, 2);

        Assert.Equal(["n4", "n3"], first.Messages.Select(m => m.MessageKey));
        Assert.Equal(["n0"], last.Messages.Select(m => m.MessageKey));
        Assert.Equal((5, 5), (first.Total, first.Unread));
        Assert.Equal(Time.GetUtcNow().AddMinutes(4), first.Messages[0].CreatedAt);
    }

    [Fact]
    public async Task Messages_MarkRead_OnlyByTheRecipient()
    {
        var store = Messages();
        await store.AddAsync(Notice("n1"), ["zhangwei", "yangfan"]);
        await store.AddAsync(Notice("n2"), ["zhangwei"]);
        var id = MessageStore.IdOf("n1", "zhangwei");

        var byOther = await store.MarkReadAsync("yangfan", id, Time.GetUtcNow());
        var byRecipient = await store.MarkReadAsync("zhangwei", id, Time.GetUtcNow());
        var twice = await store.MarkReadAsync("zhangwei", id, Time.GetUtcNow());

        Assert.Equal((false, true, false), (byOther, byRecipient, twice));
        Assert.Null(await store.GetAsync("yangfan", id));
        Assert.Equal(Time.GetUtcNow(), (await store.GetAsync("zhangwei", id))!.ReadAt);
        Assert.Equal((1, 1), (await store.CountUnreadAsync("zhangwei"), await store.CountUnreadAsync("yangfan")));
        Assert.Equal(1, await store.MarkAllReadAsync("zhangwei", Time.GetUtcNow()));
        Assert.Equal((0, 1), (await store.CountUnreadAsync("zhangwei"), await store.CountUnreadAsync("yangfan")));
    }

    [Fact]
    public async Task Deputies_SetListAndClear_AreAudited()
    {
        var store = new DeputyStore(Db.Main);
        var today = new DateOnly(2026, 3, 2);
        CaseworkAuditEntry Audit(string action) => new(Guid.NewGuid().ToString("N"), Time.GetUtcNow(), "zhangwei", action, "deputy", "d1", "{}");

        await store.AddAsync(new DeputyRecord("d1", "zhangwei", "yangfan", today, today.AddDays(4), Time.GetUtcNow(), "zhangwei"), Audit("deputy.set"));
        await store.AddAsync(new DeputyRecord("d0", "zhangwei", "yangfan", today.AddDays(-9), today.AddDays(-5), Time.GetUtcNow(), "zhangwei"), Audit("deputy.set"));
        var current = await store.CurrentAsync(today);
        var byOther = await store.ClearAsync("yangfan", "d1", "yangfan", Time.GetUtcNow(), Audit("deputy.clear"));
        var cleared = await store.ClearAsync("zhangwei", "d1", "zhangwei", Time.GetUtcNow(), Audit("deputy.clear"));
        var twice = await store.ClearAsync("zhangwei", "d1", "zhangwei", Time.GetUtcNow(), Audit("deputy.clear"));

        var arrangement = Assert.Single(current);
        Assert.Equal(("d1", "yangfan", today.AddDays(4)), (arrangement.Id, arrangement.DeputyId, arrangement.EndsOn));
        Assert.Equal((false, true, false), (byOther, cleared, twice));
        Assert.Empty(await store.CurrentAsync(today));
        var mine = Assert.Single(await store.ForUserAsync("zhangwei", today));
        Assert.Equal(("zhangwei", Time.GetUtcNow()), (mine.ClearedBy, mine.ClearedAt));
        Assert.Single(await store.ForUserAsync("yangfan", today));
        Assert.Equal(3, await Db.ScalarAsync<long>("SELECT COUNT(*) FROM cw_audit WHERE subject_type = 'deputy'"));
    }
}

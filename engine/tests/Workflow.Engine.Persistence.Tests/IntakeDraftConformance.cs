using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Window drafts (暂存, issue 12): only the author lists, opens, changes or deletes a draft, and each of those is audited.</summary>
public abstract class IntakeDraftConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private const string Clerk = "wangfang";
    private const string OtherClerk = "chenxia";

    private IntakeDraftStore Drafts() => new(Db.Main);

    private CaseworkAuditEntry Audit(string action, string id, string actor = Clerk) =>
        new(Guid.NewGuid().ToString("N"), Time.GetUtcNow(), actor, action, "intake-draft", id, "{}");

    private IntakeDraftRecord Draft(string id, string author, string? name = "张秀英", string form = """{"applicant":{"name":"张秀英"}}""") =>
        new(id, author, "500113102000", name, "500113********1234", "dibao", form, Time.GetUtcNow(), Time.GetUtcNow());

    [Fact]
    public async Task Drafts_SavedByAClerk_AreListedOnlyToThem_WithoutTheForm()
    {
        var store = Drafts();
        await store.AddAsync(Draft("d1", Clerk), Audit("intake-draft.save", "d1"));
        Time.Advance(TimeSpan.FromMinutes(1));
        await store.AddAsync(Draft("d2", Clerk, "李国强"), Audit("intake-draft.save", "d2"));
        await store.AddAsync(Draft("d3", OtherClerk), Audit("intake-draft.save", "d3", OtherClerk));

        var mine = await store.ListAsync(Clerk, 10);

        Assert.Equal(["d2", "d1"], mine.Select(d => d.Id));
        Assert.All(mine, d => Assert.Null(d.Form));
        Assert.Equal(("李国强", "500113********1234", "dibao"), (mine[0].ApplicantName, mine[0].IdNumberMasked, mine[0].Items));
        Assert.Single(await store.ListAsync(OtherClerk, 10));
    }

    [Fact]
    public async Task Drafts_OpenedOrChangedByAnotherClerk_AreNotFound_AndUnchanged()
    {
        var store = Drafts();
        await store.AddAsync(Draft("d4", Clerk), Audit("intake-draft.save", "d4"));
        Time.Advance(TimeSpan.FromMinutes(1));

        var opened = await store.OpenAsync("d4", OtherClerk, Audit("intake-draft.open", "d4", OtherClerk));
        var updated = await store.UpdateAsync(Draft("d4", OtherClerk, "改名"), Audit("intake-draft.save", "d4", OtherClerk));
        var deleted = await store.DeleteAsync("d4", OtherClerk, Audit("intake-draft.discard", "d4", OtherClerk));
        var own = await store.OpenAsync("d4", Clerk, Audit("intake-draft.open", "d4"));

        Assert.Null(opened);
        Assert.False(updated);
        Assert.False(deleted);
        Assert.Equal(("张秀英", """{"applicant":{"name":"张秀英"}}"""), (own!.ApplicantName, own.Form));
        var trail = await new CaseworkStore(Db.Main).ListAuditAsync("intake-draft", "d4");
        Assert.Equal(["intake-draft.save", "intake-draft.open"], trail.Select(a => a.Action));
        Assert.All(trail, a => Assert.Equal(Clerk, a.ActorId));
    }

    [Fact]
    public async Task Drafts_UpdatedThenDeleted_KeepTheNewFormThenAreGone()
    {
        var store = Drafts();
        await store.AddAsync(Draft("d5", Clerk), Audit("intake-draft.save", "d5"));
        Time.Advance(TimeSpan.FromMinutes(5));

        var updated = await store.UpdateAsync(Draft("d5", Clerk, "张秀英", """{"applicant":{"name":"张秀英","phone":"13800000000"}}"""),
            Audit("intake-draft.save", "d5"));
        var afterUpdate = await store.OpenAsync("d5", Clerk, Audit("intake-draft.open", "d5"));
        var deleted = await store.DeleteAsync("d5", Clerk, Audit("intake-draft.submit", "d5"));

        Assert.True(updated);
        Assert.Contains("13800000000", afterUpdate!.Form, StringComparison.Ordinal);
        Assert.True(afterUpdate.UpdatedAt > afterUpdate.CreatedAt);
        Assert.True(deleted);
        Assert.Empty(await store.ListAsync(Clerk, 10));
        Assert.Null(await store.OpenAsync("d5", Clerk, Audit("intake-draft.open", "d5")));
    }
}

using Workflow.Engine.Persistence.Phrases;
using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>审批意见常用语 (migration 0019): each owner's list apart, oldest first, and a phrase deleted only by its owner.</summary>
public abstract class PhraseConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private PhraseStore Phrases() => new(Db.Main);

    private Phrase Phrase(string id, string kind, string owner, string text) => new(id, kind, owner, text, "admin", Time.GetUtcNow());

    [Fact]
    public async Task Phrases_PerUserAndPerOffice_ListedApartOldestFirst()
    {
        var store = Phrases();
        await store.AddAsync(Phrase("p1", PhraseOwners.User, "zhangwei", "情况属实，同意。"), default);
        Time.Advance(TimeSpan.FromMinutes(1));
        await store.AddAsync(Phrase("p2", PhraseOwners.User, "zhangwei", "经入户调查，情况属实，同意上报。"), default);
        await store.AddAsync(Phrase("p3", PhraseOwners.User, "zhaolei", "材料不全，请补正。"), default);
        await store.AddAsync(Phrase("p4", PhraseOwners.Office, "500113102000", "经民主评议，同意。"), default);

        var mine = await store.ListAsync(PhraseOwners.User, "zhangwei", default);
        var office = await store.ListAsync(PhraseOwners.Office, "500113102000", default);
        var sameIdAsOffice = await store.ListAsync(PhraseOwners.User, "500113102000", default);

        Assert.Equal(["情况属实，同意。", "经入户调查，情况属实，同意上报。"], mine.Select(p => p.Text));
        Assert.Equal(Time.GetUtcNow() - TimeSpan.FromMinutes(1), mine[0].CreatedAt);
        Assert.Equal("经民主评议，同意。", Assert.Single(office).Text);
        Assert.Empty(sameIdAsOffice);
        Assert.Equal(PhraseOwners.Office, (await store.FindAsync("p4", default))!.OwnerKind);
    }

    [Fact]
    public async Task Phrases_Delete_OnlyUnderItsOwner()
    {
        var store = Phrases();
        await store.AddAsync(Phrase("p1", PhraseOwners.User, "zhangwei", "同意。"), default);

        var byOther = await store.DeleteAsync("p1", PhraseOwners.User, "zhaolei", default);
        var asOffice = await store.DeleteAsync("p1", PhraseOwners.Office, "zhangwei", default);
        var byOwner = await store.DeleteAsync("p1", PhraseOwners.User, "zhangwei", default);
        var again = await store.DeleteAsync("p1", PhraseOwners.User, "zhangwei", default);

        Assert.False(byOther);
        Assert.False(asOffice);
        Assert.True(byOwner);
        Assert.False(again);
        Assert.Null(await store.FindAsync("p1", default));
    }
}

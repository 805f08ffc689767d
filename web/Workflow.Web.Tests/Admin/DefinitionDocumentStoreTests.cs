using Workflow.Web.Definitions;
using Workflow.Web.Tests.Support;
using Workflow.Engine.Persistence.DefinitionDocuments;

namespace Workflow.Web.Tests.Admin;

/// <summary>
/// The definition document store on a migrated database: SQLite (a temp file) and PostgreSQL (<c>WORKFLOW_PG</c>; a
/// missing or unreachable server fails these tests, it never skips them).
/// </summary>
public sealed class DefinitionDocumentStoreTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 15, 30, 123, TimeSpan.FromHours(8));

    public static TheoryData<string> Databases => MigratedDatabase.Kinds;

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task SaveDraft_Twice_KeepsOneDraftWithTheLastBody(string kind)
    {
        await using var db = await OpenAsync(kind);

        await db.Store.SaveDraftAsync("flow", "{\"a\":1}", "admin", At, default);
        await db.Store.SaveDraftAsync("flow", "{\"a\":2}", "admin2", At.AddMinutes(1), default);
        var draft = await db.Store.FindDraftAsync("flow", default);
        var all = await db.Store.ListAsync(default);

        Assert.NotNull(draft);
        Assert.Equal("{\"a\":2}", draft.Json);
        Assert.Equal("admin2", draft.SavedBy);
        Assert.Equal(At.AddMinutes(1), draft.SavedAt);
        Assert.True(draft.IsDraft);
        Assert.Single(all);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Publish_StoresVersionDropsDraftAndRefusesTheSameNumberTwice(string kind)
    {
        await using var db = await OpenAsync(kind);
        await db.Store.SaveDraftAsync("flow", "{}", "admin", At, default);

        var first = await db.Store.PublishAsync(new DefinitionDocument("flow", 2, DefinitionStates.Published, "{\"v\":2}", "admin", At), default);
        var again = await db.Store.PublishAsync(new DefinitionDocument("flow", 2, DefinitionStates.Published, "{\"v\":3}", "other", At), default);

        Assert.True(first);
        Assert.False(again);
        Assert.Null(await db.Store.FindDraftAsync("flow", default));
        Assert.Equal(2, await db.Store.MaxPublishedVersionAsync("flow", default));
        Assert.Equal(0, await db.Store.MaxPublishedVersionAsync("other", default));
        var published = Assert.Single(await db.Store.ListAsync(default, publishedOnly: true));
        Assert.Equal("{\"v\":2}", published.Json);
    }

    private static async Task<TestDb> OpenAsync(string kind)
    {
        var database = await MigratedDatabase.OpenAsync(kind);
        return new TestDb(database, new DefinitionDocumentStore(database.Database));
    }

    private sealed class TestDb(MigratedDatabase database, DefinitionDocumentStore store) : IAsyncDisposable
    {
        public DefinitionDocumentStore Store => store;

        public ValueTask DisposeAsync() => database.DisposeAsync();
    }
}

using Microsoft.Extensions.Time.Testing;
using Workflow.Casework.Application;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>The one-time rewrite of bodies stored when flags were sentences: audited, once, codes afterwards.</summary>
public sealed class FlagCodeMigrationTests
{
    [Fact]
    public async Task BodiesWithFlagSentences_AreRewrittenOnce_WithAnAuditEntry()
    {
        await using var database = await MigratedDatabase.OpenAsync("sqlite");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var store = new CaseworkStore(database.Database, time);
        const string legacy = """{"form":{},"channel":"window","subCases":[],"refusalReason":null,"acceptedByName":"王芳","flags":["儿童保护：不予公示，仅限指定岗位查看"]}""";
        await store.CreateApplicationAsync(new ApplicationRecord("app-old", "", "500113102000", "500113102000", "张秀英", "accepted", "", time.GetUtcNow(), "wangfang", null, 0),
            n => $"500113-20260302-{n:D5}", "500113-20260302", _ => (legacy, []),
            new CaseworkAuditEntry("a1", time.GetUtcNow(), "wangfang", "application.accept", "application", "app-old", "{}"));

        var first = await new FlagCodeMigration(store, time).RunAsync(default);
        var again = await new FlagCodeMigration(store, time).RunAsync(default);

        Assert.Equal((1, 0), (first, again));
        var stored = (await store.GetApplicationAsync("app-old"))!;
        Assert.Contains("\"child-protection\"", stored.Body, StringComparison.Ordinal);
        Assert.Equal(2, stored.Version);
        Assert.Contains(await store.ListAuditAsync("application", "app-old"), a => a.Action == "application.flag-codes");
    }
}

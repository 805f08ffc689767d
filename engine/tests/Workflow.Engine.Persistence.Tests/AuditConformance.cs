using System.Data.Common;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>The hash chain: intact after real commands, append-only, and a tampered or truncated history is pinpointed.</summary>
public abstract class AuditConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    [Fact]
    public async Task Events_AreHashChained_AndTheVerifierFindsATamperedRow()
    {
        await Host.StartAsync("case-1");
        await Host.ApproveAsync("case-1", EngineHost.TownshipOfficer);
        await Host.StartAsync("case-2");
        var verifier = new AuditVerifier(Db.Main);
        var total = await Db.ScalarAsync<long>("SELECT COUNT(*) FROM wf_events");

        var clean = await verifier.VerifyAsync();
        Assert.True(clean.IsIntact, clean.FirstBreak?.ToString());
        Assert.Equal((2, total), (clean.InstancesChecked, clean.EventsChecked));
        var first = await Db.QueryAsync<string>("SELECT prev_hash FROM wf_events WHERE instance_id = @id AND seq = 1", new { id = "case-1" });
        Assert.Equal(AuditChain.Genesis, Assert.Single(first));

        // Append-only: an ordinary UPDATE is refused by the database itself.
        await Assert.ThrowsAnyAsync<DbException>(() => Db.ExecuteAsync("UPDATE wf_events SET body = body WHERE instance_id = @id", new { id = "case-1" }));

        // Someone with DDL rights rewrites the decision from approve to reject.
        await Fixture.AllowAuditTamperingAsync(Db);
        var seq = Assert.Single(await Db.QueryAsync<long>("SELECT seq FROM wf_events WHERE instance_id = @id AND type = 'DecisionRecorded'", new { id = "case-1" }));
        var storedHash = Assert.Single(await Db.QueryAsync<string>("SELECT hash FROM wf_events WHERE instance_id = @id AND seq = @seq", new { id = "case-1", seq }));
        Assert.Equal(1, await Db.ExecuteAsync("UPDATE wf_events SET body = REPLACE(body, '\"approve\"', '\"reject\"') WHERE instance_id = @id AND seq = @seq",
            new { id = "case-1", seq }));

        var report = await verifier.VerifyAsync();

        var broken = report.FirstBreak!;
        Assert.Equal(("case-1", seq), (broken.InstanceId, broken.Seq));
        Assert.Equal(storedHash, broken.Actual);
        Assert.NotEqual(broken.Expected, broken.Actual);
        Assert.Contains("content", broken.Reason);
        Assert.True((await verifier.VerifyAsync("case-2")).IsIntact);
    }

    [Fact]
    public async Task Events_TruncatedTail_IsReportedAtTheFirstMissingEvent()
    {
        var view = await Host.StartAsync("case-1");
        await Fixture.AllowAuditTamperingAsync(Db);
        await Db.ExecuteAsync("DELETE FROM wf_events WHERE instance_id = @id AND seq = @seq", new { id = "case-1", seq = view.Version });

        var broken = (await new AuditVerifier(Db.Main).VerifyAsync()).FirstBreak!;

        Assert.Equal(("case-1", view.Version), (broken.InstanceId, broken.Seq));
        Assert.Contains("length", broken.Reason);
    }

    [Fact]
    public async Task CaseworkAudit_FromManyHostsAtOnce_IsOneUnbrokenChain()
    {
        // Eight hosts append at once (on PostgreSQL truly in parallel); the head row's lock hands out positions in turn.
        var hosts = Enumerable.Range(0, 8).Select(_ => new CaseworkStore(Db.OpenHost(), Time)).ToList();
        await Task.WhenAll(hosts.SelectMany((host, h) => Enumerable.Range(0, 5).Select(i =>
            host.AppendAuditAsync(new($"audit-{h}-{i}", Time.GetUtcNow().AddTicks(1234567), $"user-{h}", "personal.reveal", "application", $"app-{i}", "{}")))));

        var report = await new AuditVerifier(Db.Main).VerifyAsync();

        Assert.True(report.IsIntact, report.FirstBreak?.ToString());
        Assert.Equal(40, report.AuditEntriesChecked);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), await Db.QueryAsync<long>("SELECT seq FROM cw_audit ORDER BY seq"));
    }

    [Fact]
    public async Task CaseworkAudit_EditedOrTruncated_IsReported()
    {
        var store = new CaseworkStore(Db.Main, Time);
        foreach (var i in Enumerable.Range(1, 3))
        {
            await store.AppendAuditAsync(new($"audit-{i}", Time.GetUtcNow(), "wangfang", "payment.record", "application", "app-1", "{\"fen\":100}"));
        }
        await Fixture.AllowAuditTamperingAsync(Db);

        await Db.ExecuteAsync("UPDATE cw_audit SET detail = '{\"fen\":900}' WHERE seq = 2");
        var edited = (await new AuditVerifier(Db.Main).VerifyAsync()).FirstBreak!;
        Assert.Equal((AuditChain.CaseworkChain, 2L), (edited.InstanceId, edited.Seq));
        Assert.Contains("content", edited.Reason);

        await Db.ExecuteAsync("UPDATE cw_audit SET detail = '{\"fen\":100}' WHERE seq = 2");
        await Db.ExecuteAsync("DELETE FROM cw_audit WHERE seq = 3");
        var truncated = (await new AuditVerifier(Db.Main).VerifyAsync()).FirstBreak!;
        Assert.Equal((AuditChain.CaseworkChain, 3L), (truncated.InstanceId, truncated.Seq));
        Assert.Contains("length", truncated.Reason);
    }

    [Fact]
    public async Task AuditKey_FirstKeyedStart_SealsOlderChains_AndAnotherKeyIsRefused()
    {
        // A database written before the audit key: plain SHA-256 event chains and casework entries with no position.
        await using (var legacy = new WorkflowDatabase(new PersistenceOptions { MaxGroupCommitBatch = Db.Options.MaxGroupCommitBatch }
            .Use(Db.Options.Dialect!, Db.Options.ConnectionString!)))
        {
            var old = new EngineHost(new DapperInstanceStore(legacy, Time), Time);
            await old.StartAsync("case-old");
            await old.ApproveAsync("case-old", EngineHost.TownshipOfficer);
        }
        await Fixture.AllowAuditTamperingAsync(Db);
        await Db.ExecuteAsync("INSERT INTO cw_audit (id, at, actor_id, action, subject_type, subject_id, detail) VALUES ('old-1', @at, 'wangfang', 'application.accept', 'application', 'app-1', '{}')",
            new { at = Db.Main.Dialect.ToDbTime(Time.GetUtcNow()) });
        Assert.False((await new AuditVerifier(Db.Main).VerifyAsync()).IsIntact);

        await new AuditKeyGuard(Db.Main, Time).PrepareAsync();
        await Host.ReplyAsync("case-old");
        await new CaseworkStore(Db.Main, Time).AppendAuditAsync(new("new-1", Time.GetUtcNow(), "liuqiang", "payment.record", "application", "app-1", "{}"));

        var sealedReport = await new AuditVerifier(Db.Main).VerifyAsync();
        Assert.True(sealedReport.IsIntact, sealedReport.FirstBreak?.ToString());
        Assert.Equal(2, sealedReport.AuditEntriesChecked);
        await new AuditKeyGuard(Db.Main, Time).PrepareAsync(); // the same key starts again

        // Another key (a lost one replaced) is refused at start.
        await using (var other = new WorkflowDatabase(new PersistenceOptions { AuditKey = new byte[32] }.Use(Db.Options.Dialect!, Db.Options.ConnectionString!)))
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => new AuditKeyGuard(other, Time).PrepareAsync());
            Assert.Contains("审计密钥", refused.Message);
        }

        // An old entry rewritten, knowing the formula but not the key, breaks the seal.
        await Db.ExecuteAsync("UPDATE cw_audit SET actor_id = 'someone' WHERE id = 'old-1'");
        var broken = (await new AuditVerifier(Db.Main).VerifyAsync()).FirstBreak!;
        Assert.Equal(AuditKeyGuard.CaseworkLegacyChain, broken.InstanceId);
    }

    [Fact]
    public async Task ScopeBackfill_MarksRowsFromBeforeTheColumns()
    {
        var child = await Host.Run(new Runtime.Commands.StartInstance("case-child", "dibao-mini", null,
            new System.Text.Json.Nodes.JsonObject { ["divisionCode"] = TestDivisions.Village, ["childProtection"] = true }));
        Assert.True(child.IsAccepted);
        await Host.StartAsync("case-plain");
        await Db.ExecuteAsync("UPDATE wf_instances SET restricted = NULL");
        var township = new Ports.CaseScope(["500113102"], false, null, []);
        Assert.Empty(await Store.ListAsync(township, 0, 10, default));

        await new Schema.ScopeBackfill(Db.Main).RunAsync();

        Assert.Equal(["case-plain"], (await Store.ListAsync(township, 0, 10, default)).Select(s => s.InstanceId));
        Assert.Equal([0L, 1L], await Db.QueryAsync<long>("SELECT restricted FROM wf_instances ORDER BY id DESC"));
    }
}

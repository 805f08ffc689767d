using Microsoft.Extensions.Time.Testing;
using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Schema;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.Tests.Support;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Cli;

/// <summary><c>wf verify-audit</c> on a real SQLite database: intact, then tampered with.</summary>
public sealed class VerifyAuditCliTests
{
    [Fact]
    public async Task VerifyAudit_IntactThenTampered_ReportsFirstBrokenLink()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wf-audit-{Guid.NewGuid():N}.db");
        var keyFile = file + ".key";
        try
        {
            var key = AuditKeys.CreateFile(keyFile);
            await using (var database = new WorkflowDatabase(new PersistenceOptions { AuditKey = key }.UseSqlite($"Data Source={file}")))
            {
                await StartAndDecideAsync(database);
                await new CaseworkStore(database).AppendAuditAsync(new("audit-1", DateTimeOffset.Parse("2026-03-02T09:30:00.1234567+08:00"),
                    "wangfang", "personal.reveal", "application", "app-1", """{"field":"applicantIdNumber"}"""));
            }
            SqliteConnection.ClearAllPools();

            var (intact, output, _) = await WfCliTests.Wf("verify-audit", "--sqlite", file, "--key-file", keyFile);
            Assert.Equal(0, intact);
            Assert.Contains("审计链完整", output);
            Assert.Contains("1 条业务审计记录", output);

            // Without the key, or with another one, the same chains do not verify.
            var (unkeyed, _, _) = await WfCliTests.Wf("verify-audit", "--sqlite", file, "--unkeyed");
            Assert.Equal(1, unkeyed);

            await TamperAsync(file, "wf_events", "UPDATE wf_events SET body = replace(body, 'approve', 'reject') WHERE instance_id = 'case-1'");

            var (broken, _, error) = await WfCliTests.Wf("verify-audit", "--sqlite", file, "--key-file", keyFile);
            Assert.Equal(1, broken);
            Assert.Contains("审计链断裂", error);
            Assert.Contains("case-1", error);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            File.Delete(keyFile);
        }
    }

    [Fact]
    public async Task VerifyAudit_CaseworkEntryRewrittenWithARecomputedUnkeyedHash_IsStillBroken()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wf-audit-{Guid.NewGuid():N}.db");
        var keyFile = file + ".key";
        try
        {
            var key = AuditKeys.CreateFile(keyFile);
            var at = DateTimeOffset.Parse("2026-03-02T09:30:00+08:00");
            await using (var database = new WorkflowDatabase(new PersistenceOptions { AuditKey = key }.UseSqlite($"Data Source={file}")))
            {
                await new SchemaMigrator(database).MigrateAsync();
                await new CaseworkStore(database).AppendAuditAsync(new("audit-1", at, "wangfang", "personal.reveal", "application", "app-1", "{}"));
            }
            SqliteConnection.ClearAllPools();

            // Someone who can write to the database changes who revealed the field and, knowing the formula but not the
            // key, recomputes the entry's hash and the head as plain SHA-256.
            var forged = AuditChain.Unkeyed.Hash(AuditChain.Genesis, AuditChain.CaseworkChain, 1,
                System.Text.Json.JsonSerializer.Serialize(new object[] { "audit-1", at.ToUnixTimeMilliseconds() * 1000, "someone", "personal.reveal", "application", "app-1", "{}" }));
            await TamperAsync(file, "cw_audit",
                $"UPDATE cw_audit SET actor_id = 'someone', hash = '{forged}' WHERE id = 'audit-1'; UPDATE cw_audit_head SET hash = '{forged}'");

            var (broken, _, error) = await WfCliTests.Wf("verify-audit", "--sqlite", file, "--key-file", keyFile);

            Assert.Equal(1, broken);
            Assert.Contains("cw_audit", error);
            Assert.Contains("content", error);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            File.Delete(keyFile);
        }
    }

    [Fact]
    public async Task VerifyAudit_WithoutAKey_SaysWhereOneIsLookedFor()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wf-audit-{Guid.NewGuid():N}.db");
        await File.WriteAllBytesAsync(file, []);
        try
        {
            var (code, _, error) = await WfCliTests.Wf("verify-audit", "--sqlite", file, "--key-file", file + ".none");
            Assert.Equal(1, code);
            Assert.Contains("密钥文件不存在", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task StartAndDecideAsync(WorkflowDatabase database)
    {
        await new SchemaMigrator(database).MigrateAsync();
        var catalog = new InMemoryDefinitionCatalog();
        var definition = DefinitionReader.Read(D.Flowchart(
            D.Activity("t", "Gov.ApprovalTask", D.Object("candidate", """{"post":"民政办","level":"township"}""")), "")).Definition!;
        catalog.Publish(definition);
        var time = Clocks.At("2026-03-02T09:00:00+08:00");
        var executor = new WorkflowExecutor(catalog, new DapperInstanceStore(database, time), new EngineServices(time));
        var started = await executor.ExecuteAsync(new StartInstance("case-1", definition.DefinitionId, null, new() { ["divisionCode"] = "500113102001" }));
        var task = started.Instance!.Tasks.Keys.Single();
        Assert.True((await executor.ExecuteAsync(new RecordDecision("case-1", task, Actor.System, "approve", null))).IsAccepted);
    }

    /// <summary>Someone with direct database access first removes the table's append-only guard, then rewrites it.</summary>
    private static async Task TamperAsync(string file, string table, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '{table}'";
        var triggers = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                triggers.Add(reader.GetString(0));
            }
        }
        foreach (var trigger in triggers)
        {
            command.CommandText = $"DROP TRIGGER \"{trigger}\"";
            await command.ExecuteNonQueryAsync();
        }
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync() > 0);
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task VerifyAudit_MissingDatabase_IsReportedNotCreated()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wf-missing-{Guid.NewGuid():N}.db");
        var (code, _, error) = await WfCliTests.Wf("verify-audit", "--sqlite", file);
        Assert.Equal(1, code);
        Assert.Contains("不存在", error);
        Assert.False(File.Exists(file));
    }
}

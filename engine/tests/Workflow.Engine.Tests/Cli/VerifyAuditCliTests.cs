using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Schema;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.Tests.Support;
using D = Workflow.Engine.Tests.Support.Definitions;

namespace Workflow.Engine.Tests.Cli;

/// <summary><c>wf verify-audit</c> on a real SQLite database: intact, then tampered with.</summary>
public sealed class VerifyAuditCliTests
{
    [Fact]
    public async Task VerifyAudit_IntactThenTampered_ReportsFirstBrokenLink()
    {
        var file = Path.Combine(Path.GetTempPath(), $"wf-audit-{Guid.NewGuid():N}.db");
        try
        {
            await using (var database = new WorkflowDatabase(new PersistenceOptions().UseSqlite($"Data Source={file}")))
            {
                await new SchemaMigrator(database).MigrateAsync();
                var catalog = new InMemoryDefinitionCatalog();
                var definition = DefinitionReader.Read(D.Flowchart(
                    D.Activity("t", "Gov.ApprovalTask", D.Object("candidate", """{"post":"民政办","level":"township"}""")), "")).Definition!;
                catalog.Publish(definition);
                var time = ManualTime.At("2026-03-02T09:00:00+08:00");
                var executor = new WorkflowExecutor(catalog, new DapperInstanceStore(database, time), new EngineServices(time));
                var started = await executor.ExecuteAsync(new StartInstance("case-1", definition.DefinitionId, null, new() { ["divisionCode"] = "500113102001" }));
                var task = started.Instance!.Tasks.Keys.Single();
                Assert.True((await executor.ExecuteAsync(new RecordDecision("case-1", task, Actor.System, "approve", null))).IsAccepted);
            }
            SqliteConnection.ClearAllPools();

            var (intact, output, _) = await WfCliTests.Wf("verify-audit", "--sqlite", file);
            Assert.Equal(0, intact);
            Assert.Contains("审计链完整", output);

            await using (var connection = new SqliteConnection($"Data Source={file}"))
            {
                await connection.OpenAsync();
                // Someone with direct database access first removes the append-only guard, then rewrites history.
                await using (var drop = connection.CreateCommand())
                {
                    drop.CommandText = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'wf_events'";
                    var triggers = new List<string>();
                    await using (var reader = await drop.ExecuteReaderAsync())
                    {
                        while (await reader.ReadAsync())
                        {
                            triggers.Add(reader.GetString(0));
                        }
                    }
                    foreach (var trigger in triggers)
                    {
                        drop.CommandText = $"DROP TRIGGER \"{trigger}\"";
                        await drop.ExecuteNonQueryAsync();
                    }
                }
                await using var tamper = connection.CreateCommand();
                tamper.CommandText = "UPDATE wf_events SET body = replace(body, 'approve', 'reject') WHERE instance_id = 'case-1'";
                Assert.True(await tamper.ExecuteNonQueryAsync() > 0);
            }
            SqliteConnection.ClearAllPools();

            var (broken, _, error) = await WfCliTests.Wf("verify-audit", "--sqlite", file);
            Assert.Equal(1, broken);
            Assert.Contains("审计链断裂", error);
            Assert.Contains("case-1", error);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
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

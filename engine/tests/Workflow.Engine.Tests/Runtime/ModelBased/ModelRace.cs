using Microsoft.Extensions.Time.Testing;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Persistence.Schema;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.ModelBased;

/// <summary>
/// Two hosts on one SQLite database send conflicting commands to the first open step of a generated case at the same
/// moment: two decisions, two claims, or a decision and a transfer. Exactly one of each pair wins, and the event
/// chain stays whole.
/// </summary>
public static class ModelRace
{
    public static readonly IReadOnlyList<string> Pairs = ["decide/decide", "claim/claim", "decide/transfer"];

    public static async Task<(int Won, int Lost)> RunAsync(ModelFlow flow, string pair, int pickA, int pickB)
    {
        var file = Path.Combine(Path.GetTempPath(), $"wf-race-{Guid.NewGuid():N}.db");
        var time = Clocks.At("2026-03-02T09:00:00+08:00");
        var catalog = new InMemoryDefinitionCatalog();
        var definition = Workflow.Engine.Serialization.DefinitionReader.Read(flow.Json()).Definition!;
        catalog.Publish(definition);
        var options = new PersistenceOptions().UseSqlite($"Data Source={file}");
        await using var first = new WorkflowDatabase(options);
        await using var second = new WorkflowDatabase(options);
        try
        {
            await new SchemaMigrator(first).MigrateAsync();
            var hostA = new WorkflowExecutor(catalog, new DapperInstanceStore(first, time), new EngineServices(time, assignments: ModelPeople.Organisation()));
            var hostB = new WorkflowExecutor(catalog, new DapperInstanceStore(second, time), new EngineServices(time, assignments: ModelPeople.Organisation()));
            var started = await hostA.ExecuteAsync(new StartInstance("race", definition.DefinitionId, definition.Version,
                new JsonObject { ["divisionCode"] = ModelPeople.Village, ["serviceItem"] = "dibao" }));
            Assert.True(started.IsAccepted, started.Rejection?.ToString());
            var task = started.Instance!.Tasks.Values.First(t => t.Status == TaskLifecycle.Open);
            var fitting = task.Signers.Where(s => s.Outcome is null).Select(s => s.UserId)
                .Concat(task.Opened.Candidates.Select(c => c.UserId)).Distinct(StringComparer.Ordinal).ToList();
            if (fitting.Count < 2)
            {
                return (0, 0);
            }
            var a = ModelPeople.Find(fitting[pickA % fitting.Count]);
            var b = ModelPeople.Find(fitting[(pickA + 1 + pickB % (fitting.Count - 1)) % fitting.Count]);
            var (commandA, commandB) = pair switch
            {
                "claim/claim" => ((WorkflowCommand)new ClaimTask("race", task.TaskId, a), (WorkflowCommand)new ClaimTask("race", task.TaskId, b)),
                "decide/transfer" => (new RecordDecision("race", task.TaskId, a, "approve", null),
                    new TransferTask("race", task.TaskId, b, a.Id == "t3" ? "t1" : "t3", "工作调整")),
                _ => (new RecordDecision("race", task.TaskId, a, "approve", null), new RecordDecision("race", task.TaskId, b, "reject", "不同意")),
            };
            var results = await Task.WhenAll(Task.Run(async () => await hostA.ExecuteAsync(commandA)), Task.Run(async () => await hostB.ExecuteAsync(commandB)));

            var report = await new AuditVerifier(first).VerifyAsync();
            Assert.True(report.IsIntact, report.FirstBreak?.ToString());
            return (results.Count(r => r.IsAccepted), results.Count(r => !r.IsAccepted));
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }
    }
}

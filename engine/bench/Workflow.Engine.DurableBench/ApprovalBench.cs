using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflow.Engine.Persistence;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;

namespace Workflow.Engine.DurableBench;

/// <summary>
/// Durable approvals through the real executor and store: K approvers, each deciding the open tasks of its own
/// cases one after another (a case has three sequential approval steps, village → township → district). One approval
/// is one <c>RecordDecision</c> acknowledged after its transaction committed. Cases are created before the clock starts.
/// </summary>
internal static class ApprovalBench
{
    private const string DefinitionJson = """
        {
          "id": "bench-approval-v1", "definitionId": "bench-approval", "name": "审批", "version": 1, "variables": [],
          "root": { "id": "root", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "s", "type": "Elsa.Start", "version": 1 },
              { "id": "v", "type": "Gov.ApprovalTask", "version": 1,
                "title": { "typeName": "String", "expression": { "type": "Literal", "value": "入户调查" } },
                "candidate": { "typeName": "Object", "expression": { "type": "Object", "value": "{\"post\":\"村协理员\",\"level\":\"village\"}" } },
                "timeLimit": { "typeName": "Int32", "expression": { "type": "Literal", "value": "5" } } },
              { "id": "t", "type": "Gov.ApprovalTask", "version": 1,
                "title": { "typeName": "String", "expression": { "type": "Literal", "value": "乡镇审核" } },
                "candidate": { "typeName": "Object", "expression": { "type": "Object", "value": "{\"post\":\"民政办\",\"level\":\"township\"}" } },
                "timeLimit": { "typeName": "Int32", "expression": { "type": "Literal", "value": "10" } } },
              { "id": "d", "type": "Gov.ApprovalTask", "version": 1,
                "title": { "typeName": "String", "expression": { "type": "Literal", "value": "区县确认" } },
                "candidate": { "typeName": "Object", "expression": { "type": "Object", "value": "{\"post\":\"区民政局\",\"level\":\"district\"}" } },
                "timeLimit": { "typeName": "Int32", "expression": { "type": "Literal", "value": "10" } } },
              { "id": "e", "type": "Elsa.End", "version": 1 }
            ],
            "connections": [
              { "source": { "activity": "s", "port": "Done" }, "target": { "activity": "v", "port": "In" } },
              { "source": { "activity": "v", "port": "approve" }, "target": { "activity": "t", "port": "In" } },
              { "source": { "activity": "t", "port": "approve" }, "target": { "activity": "d", "port": "In" } },
              { "source": { "activity": "d", "port": "approve" }, "target": { "activity": "e", "port": "In" } }
            ] } }
        """;

    public static async Task<string> RunAsync(BenchOptions options)
    {
        await using var db = await BenchDatabase.CreateAsync(options);
        var catalog = new InMemoryDefinitionCatalog();
        var read = DefinitionReader.Read(DefinitionJson);
        if (!read.IsValid)
        {
            throw new InvalidOperationException(string.Join("; ", read.Errors));
        }
        catalog.Publish(read.Definition!);
        var store = new DapperInstanceStore(db.Database);
        var executor = new WorkflowExecutor(catalog, store, new EngineServices(TimeProvider.System));

        // Cases, each with the id of its open task, partitioned between the approvers.
        var open = new ConcurrentDictionary<string, string>();
        var created = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Instances), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var id = $"case-{i:D7}";
            var result = await executor.ExecuteAsync(new StartInstance(id, "bench-approval", null, new JsonObject { ["divisionCode"] = "500113102001" }), ct);
            open[id] = OpenedTask(result, id);
        });
        Console.Error.WriteLine($"approvals: {options.Instances} cases created in {created.Elapsed.TotalSeconds:0.0} s on {options.Database}");
        var queues = Enumerable.Range(0, options.Approvers)
            .Select(a => new Queue<string>(open.Keys.Where(k => Math.Abs(k.GetHashCode(StringComparison.Ordinal)) % options.Approvers == a))).ToArray();

        var stop = 0L;
        var timing = 0;
        var counts = new long[options.Approvers];
        var latencies = new List<double>[options.Approvers];
        var exhausted = 0;
        async Task Approver(int a)
        {
            var queue = queues[a];
            latencies[a] = new List<double>(1 << 16);
            string? current = null;
            while (Interlocked.Read(ref stop) == 0)
            {
                if (current is null && !queue.TryDequeue(out current))
                {
                    Interlocked.Increment(ref exhausted);
                    return;
                }
                var t0 = Stopwatch.GetTimestamp();
                var result = await executor.ExecuteAsync(new RecordDecision(current, open[current], Actor.System, "approve", null));
                var elapsed = Stopwatch.GetTimestamp() - t0;
                if (!result.IsAccepted)
                {
                    throw new InvalidOperationException($"approval on {current} was refused: {result.Rejection}");
                }
                if (Volatile.Read(ref timing) == 1)
                {
                    counts[a]++;
                    latencies[a].Add(Measure.Ms(elapsed));
                }
                var next = result.Events.OfType<TaskOpened>().FirstOrDefault();
                if (next is null)
                {
                    current = null;
                }
                else
                {
                    open[current] = next.TaskId;
                }
            }
        }

        var workers = Enumerable.Range(0, options.Approvers).Select(a => Task.Run(() => Approver(a))).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds));
        var statsBefore = db.Database.GroupCommitStatistics;
        var (cpu0, machine0, t0) = (Measure.ProcessCpu(), Measure.MachineBusy(), Stopwatch.GetTimestamp());
        Volatile.Write(ref timing, 1);
        await Task.WhenAny(Task.WhenAll(workers), Task.Delay(TimeSpan.FromSeconds(options.Seconds)));
        Volatile.Write(ref timing, 0);
        var seconds = Measure.Ms(Stopwatch.GetTimestamp() - t0) / 1000;
        var (cpu1, machine1) = (Measure.ProcessCpu(), Measure.MachineBusy());
        var statsAfter = db.Database.GroupCommitStatistics;
        Interlocked.Exchange(ref stop, 1);
        await Task.WhenAll(workers);
        if (exhausted > 0)
        {
            Console.Error.WriteLine($"approvals: warning: {exhausted} approver(s) ran out of cases; raise --instances");
        }

        var approvals = counts.Sum();
        var all = latencies.SelectMany(l => l).ToList();
        all.Sort();
        var batch = statsBefore is { } b && statsAfter is { } e && e.Batches > b.Batches ? (double)(e.Items - b.Items) / (e.Batches - b.Batches) : 1.0;
        return Measure.Json([
            ("bench", "approvals"), ("db", options.Database), ("approvers", options.Approvers), ("approvals", approvals), ("seconds", seconds),
            ("approvalsPerSec", approvals / seconds), ("p50Ms", Measure.Percentile(all, 50)), ("p99Ms", Measure.Percentile(all, 99)),
            ("cpuMsPerApproval", (cpu1 - cpu0).TotalMilliseconds / Math.Max(1, approvals)),
            ("machineCpuMsPerApproval", (machine1 - machine0).TotalMilliseconds / Math.Max(1, approvals)),
            ("writesPerTransaction", batch),
        ]);
    }

    private static string OpenedTask(ExecutionResult result, string id) =>
        result.Events.OfType<TaskOpened>().FirstOrDefault()?.TaskId ?? throw new InvalidOperationException($"{id}: no task opened ({result.Rejection})");
}

using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;

namespace Workflow.Engine.Bench;

/// <summary>
/// The in-memory approval benchmark of shared/docs/performance.md 3.1 and 4 (G1, G2, G3), run by
/// scripts/bench/engine.sh next to the bpmn-engine peer (scripts/bench/peer/bench.mjs) and reported the same way.
///
///   dotnet run -c Release --project engine/bench/Workflow.Engine.Bench -- [--instances N] [--warmup W]
///       [--concurrency C] [--threads T]
///
/// Single-threaded part (the like-for-like figure): one instance in flight, W warm-up then N measured instances of
/// 4 steps each (start until the first task, then three approvals). The last line is exactly one
///   RESULT {"engine":"workflow-engine","instances":N,"steps":4N,"seconds":T,"stepsPerSec":X,"p50Ms":A,"p99Ms":B}
/// where seconds is the wall time of the N measured instances and p50/p99 are nearest-rank over all 4N step latencies.
/// Then, unless --concurrency 0, a multi-threaded figure (not in RESULT): C instances in flight over T threads.
/// Exit code 1 when an instance does not finish as the approval shape says, 2 on bad arguments.
/// </summary>
internal static class Program
{
    private const string EngineLabel = "workflow-engine";
    private const string DefinitionResource = "Workflow.Engine.Bench.approval.json";

    private static int Main(string[] args)
    {
        // Every number printed (and the RESULT JSON) uses '.' as the decimal separator.
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        if (Options.Parse(args) is not { } options)
        {
            return 2;
        }
        try
        {
            Run(options);
            return 0;
        }
        catch (BenchFailureException ex)
        {
            Console.Error.WriteLine($"Workflow.Engine.Bench: FAILED: {ex.Message}");
            return 1;
        }
    }

    private static void Run(Options options)
    {
        var definition = LoadDefinition(out var loadMs);
        var steps = ApprovalDriver.StepsPerInstance;
        Console.WriteLine($"ours: {EngineLabel} (Workflow.Engine {EngineBuild()}) on .NET {Environment.Version}, {Environment.ProcessorCount} CPU(s), " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC ({GCSettings.LatencyMode}), Stopwatch {Stopwatch.Frequency / 1e6:0.###} MHz");
        var needsFinance = definition.Variables.FirstOrDefault(v => v.Name == "needsFinance")?.InitialValue?.ToJsonString() ?? "unset";
        Console.WriteLine($"process: approval.json embedded (3 Gov.ApprovalTask + Elsa.FlowDecision on variable needsFinance={needsFinance}), read once in {loadMs:0.000} ms, definition cached");
        Console.WriteLine($"run: {options.Warmup} warm-up + {options.Instances} measured instances, 1 in flight, {steps} steps each, InMemoryInstanceStore");

        var single = RunSingle(definition, options);

        if (options.Concurrency > 0)
        {
            ParallelRun.Run(definition, options, single.StepsPerSec);
        }

        // The contract line, last on stdout.
        Console.WriteLine(
            $"RESULT {{\"engine\":\"{EngineLabel}\",\"instances\":{options.Instances},\"steps\":{single.Steps},\"seconds\":{single.Seconds:0.0000##}," +
            $"\"stepsPerSec\":{single.StepsPerSec:0.0},\"p50Ms\":{single.P50Ms:0.0000##},\"p99Ms\":{single.P99Ms:0.0000##}}}");
    }

    private sealed record SingleResult(int Steps, double Seconds, double StepsPerSec, double P50Ms, double P99Ms);

    private static SingleResult RunSingle(WorkflowDefinition definition, Options options)
    {
        var driver = NewDriver(definition);
        var steps = ApprovalDriver.StepsPerInstance;
        var ids = Enumerable.Range(0, options.Warmup + options.Instances).Select(i => i < options.Warmup ? $"w-{i}" : $"i-{i - options.Warmup}").ToArray();

        var warmTicks = new long[steps];
        var warmBytes = new long[steps];
        var tWarm = Stopwatch.GetTimestamp();
        for (var i = 0; i < options.Warmup; i++)
        {
            driver.RunInstance(ids[i], warmTicks, warmBytes, 0);
        }
        if (options.Warmup > 0)
        {
            Console.WriteLine($"warm-up: {options.Warmup} instances in {Stopwatch.GetElapsedTime(tWarm).TotalSeconds:0.000} s");
        }

        var n = options.Instances;
        var ticks = new long[n * steps];
        var bytes = new long[n * steps];
        var whole = new long[n];
        var gc0 = GC.CollectionCount(0);
        var gc1 = GC.CollectionCount(1);
        var gc2 = GC.CollectionCount(2);
        var pause0 = GC.GetTotalPauseDuration();
        var tStart = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++)
        {
            var at = i * steps;
            driver.RunInstance(ids[options.Warmup + i], ticks, bytes, at);
            long sum = 0;
            for (var k = 0; k < steps; k++)
            {
                sum += ticks[at + k];
            }
            whole[i] = sum;
        }
        var seconds = Stopwatch.GetElapsedTime(tStart).TotalSeconds;
        var pause = GC.GetTotalPauseDuration() - pause0;
        var gcs = (GC.CollectionCount(0) - gc0, GC.CollectionCount(1) - gc1, GC.CollectionCount(2) - gc2);

        VerifyStore(driver, options.Warmup + n);

        var stepCount = n * steps;
        var all = Stats.SortedMs(ticks);
        var starts = Stats.SortedMs(ticks.Where((_, j) => j % steps == 0));
        var signals = Stats.SortedMs(ticks.Where((_, j) => j % steps != 0));
        var instances = Stats.SortedMs(whole);
        var stepsPerSec = stepCount / seconds;

        Console.WriteLine($"measured: {n} instances, {stepCount} steps in {seconds:0.000} s; every instance Finished (store holds {options.Warmup + n}, all verified)");
        Console.WriteLine($"throughput: {n / seconds:0.0} instances/s, {stepsPerSec:0.0} steps/s ({1e6 / stepsPerSec:0.00} µs per step incl. driver)");
        Console.WriteLine(Stats.Line("step (all 4)", all));
        Console.WriteLine(Stats.Line("start -> first wait", starts));
        Console.WriteLine(Stats.Line("signal -> next wait/end", signals));
        Console.WriteLine(Stats.Line("whole instance (4 steps)", instances));
        var labels = new[] { "start (until Submit)", "approve Submit", "approve Manager + decision", "approve Finance + end" };
        var perKind = new string[steps];
        for (var k = 0; k < steps; k++)
        {
            var kk = k;
            var avg = bytes.Where((_, j) => j % steps == kk).Average();
            perKind[k] = $"{labels[k]} {Stats.Bytes(avg)}";
        }
        Console.WriteLine($"allocated per step (this thread, executor call only): mean {Stats.Bytes(bytes.Average())}; {string.Join(", ", perKind)}");
        Console.WriteLine($"GC during measured run: gen0 {gcs.Item1}, gen1 {gcs.Item2}, gen2 {gcs.Item3}, pause {pause.TotalMilliseconds:0.0} ms total; heap {Stats.Bytes(GC.GetTotalMemory(false))}");

        return new SingleResult(stepCount, seconds, stepsPerSec, Stats.Percentile(all, 50), Stats.Percentile(all, 99));
    }

    internal static ApprovalDriver NewDriver(WorkflowDefinition definition)
    {
        var catalog = new InMemoryDefinitionCatalog();
        catalog.Publish(definition);
        var store = new InMemoryInstanceStore();
        var executor = new WorkflowExecutor(catalog, store, new EngineServices(TimeProvider.System));
        return new ApprovalDriver(executor, store, definition);
    }

    /// <summary>Every instance the store holds must have finished normally (not faulted, not cancelled, not waiting).</summary>
    internal static void VerifyStore(ApprovalDriver driver, int expected)
    {
        var store = driver.Store;
        var count = 0;
        foreach (var id in store.InstanceIds)
        {
            var pending = store.LoadAsync(id, CancellationToken.None);
            var state = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            if (state is null || state.SubStatus != Runtime.Events.WorkflowSubStatus.Finished || state.Bookmarks.Count != 0)
            {
                throw new BenchFailureException($"instance '{id}' did not finish: {state?.SubStatus.ToString() ?? "missing"}, {state?.Bookmarks.Count ?? 0} open bookmark(s).");
            }
            count++;
        }
        if (count != expected)
        {
            throw new BenchFailureException($"the store holds {count} instances, expected {expected}.");
        }
    }

    private static WorkflowDefinition LoadDefinition(out double loadMs)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(DefinitionResource)
            ?? throw new BenchFailureException($"embedded resource {DefinitionResource} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var utf8 = buffer.ToArray();
        var t0 = Stopwatch.GetTimestamp();
        var loaded = DefinitionReader.Read(utf8);
        loadMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        if (!loaded.IsValid || loaded.Definition is null)
        {
            throw new BenchFailureException("approval.json does not load: " + string.Join("; ", loaded.Errors));
        }
        foreach (var warning in loaded.Errors)
        {
            Console.WriteLine($"approval.json: {warning}");
        }
        return loaded.Definition;
    }

    private static string EngineBuild()
    {
        var debuggable = typeof(WorkflowExecutor).Assembly.GetCustomAttribute<DebuggableAttribute>();
        return debuggable?.IsJITOptimizerDisabled == true ? "DEBUG build: numbers are not comparable" : "Release";
    }
}

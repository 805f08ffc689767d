using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime;
using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;

namespace Workflow.Engine.Bench;

/// <summary>The parallel part of the benchmark (performance.md G3), after the single-threaded figure.</summary>
internal static class ParallelRun
{
    /// <summary>
    /// C instances in flight over T threads (performance.md G3), sharing one executor and store: each thread keeps
    /// its share of instances in flight and advances them round-robin, one step each, until its quota is done.
    /// </summary>
    public static void Run(WorkflowDefinition definition, Options options, double singleStepsPerSec)
    {
        var threads = Math.Max(1, Math.Min(options.Threads, options.Concurrency));
        var steps = ApprovalDriver.StepsPerInstance;
        var driver = Program.NewDriver(definition);

        // A short warm-up of the shared structures under contention, then the measured run.
        RunOnce(driver, "pw", Math.Min(options.Warmup, options.Instances), options.Concurrency, threads, steps, out _, out _);
        var pause0 = GC.GetTotalPauseDuration();
        var seconds = RunOnce(driver, "p", options.Instances, options.Concurrency, threads, steps, out var ticks, out var instancesDone);
        var pause = GC.GetTotalPauseDuration() - pause0;
        if (instancesDone != options.Instances)
        {
            throw new BenchFailureException($"parallel run finished {instancesDone} instances, expected {options.Instances}.");
        }
        Program.VerifyStore(driver, options.Instances + Math.Min(options.Warmup, options.Instances));

        var stepsPerSec = options.Instances * steps / seconds;
        var all = Stats.SortedMs(ticks);
        Console.WriteLine(
            $"parallel (not in RESULT): {options.Concurrency} instances in flight on {threads} thread(s): {options.Instances} instances in {seconds:0.000} s, " +
            $"{stepsPerSec:0.0} steps/s = {stepsPerSec / singleStepsPerSec:0.00}x single-thread (G3 target >= 1.6x); " +
            $"GC paused all threads {pause.TotalMilliseconds:0.0} ms of it (short runs are noisy, see README)");
        Console.WriteLine(Stats.Line("parallel step service time", all));
    }

    private static double RunOnce(ApprovalDriver driver, string prefix, int instances, int concurrency, int threads, int steps,
        out long[] ticks, out int instancesDone)
    {
        var allTicks = new List<long>[threads];
        var done = new int[threads];
        Exception? failure = null;
        using var barrier = new Barrier(threads + 1);
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var index = t;
            var quota = instances / threads + (index < instances % threads ? 1 : 0);
            var inFlight = concurrency / threads + (index < concurrency % threads ? 1 : 0);
            allTicks[index] = new List<long>(quota * steps);
            workers[t] = new Thread(() =>
            {
                try
                {
                    barrier.SignalAndWait();
                    var slots = new ApprovalDriver.Cursor?[Math.Max(1, inFlight)];
                    var started = 0;
                    var active = 0;
                    for (var s = 0; s < slots.Length && started < quota; s++, started++, active++)
                    {
                        slots[s] = driver.NewInstance($"{prefix}{index}-{started}");
                    }
                    while (active > 0)
                    {
                        for (var s = 0; s < slots.Length; s++)
                        {
                            if (slots[s] is not { } cursor)
                            {
                                continue;
                            }
                            driver.Step(cursor, out var stepTicks, out _);
                            allTicks[index].Add(stepTicks);
                            if (cursor.Done)
                            {
                                done[index]++;
                                if (started < quota)
                                {
                                    slots[s] = driver.NewInstance($"{prefix}{index}-{started++}");
                                }
                                else
                                {
                                    slots[s] = null;
                                    active--;
                                }
                            }
                        }
                    }
                }
                catch (Exception ex)
                {
                    Interlocked.CompareExchange(ref failure, ex, null);
                }
                finally
                {
                    barrier.RemoveParticipant();
                }
            })
            { IsBackground = true, Name = $"bench-{index}" };
            workers[t].Start();
        }
        barrier.SignalAndWait(); // all workers ready
        var t0 = Stopwatch.GetTimestamp();
        foreach (var worker in workers)
        {
            worker.Join();
        }
        var seconds = Stopwatch.GetElapsedTime(t0).TotalSeconds;
        if (failure is not null)
        {
            throw failure is BenchFailureException ? failure : new BenchFailureException($"parallel run failed: {failure}");
        }
        ticks = allTicks.SelectMany(x => x).ToArray();
        instancesDone = done.Sum();
        return seconds;
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.InMemory;

namespace Workflow.Engine.Bench;

/// <summary>
/// Drives approval instances through <see cref="WorkflowExecutor"/> one step at a time, the way the peer's bench.mjs
/// drives bpmn-engine: step 1 starts the instance (until the first task opens), steps 2-4 approve the open task as
/// <see cref="Actor.System"/> (until the next task opens or the instance finishes).
/// </summary>
internal sealed class ApprovalDriver(WorkflowExecutor executor, InMemoryInstanceStore store, WorkflowDefinition definition)
{
    /// <summary>The task each step leaves open, by activity id; null = the instance has finished.</summary>
    public static readonly string?[] ExpectedStops = ["Submit", "ManagerApproval", "FinanceApproval", null];

    public static int StepsPerInstance => ExpectedStops.Length;

    public WorkflowExecutor Executor => executor;

    public InMemoryInstanceStore Store => store;

    /// <summary>A fresh instance, ready for its first step. Built outside the timed region.</summary>
    public Cursor NewInstance(string instanceId) =>
        new(instanceId, new StartInstance(instanceId, definition.DefinitionId, definition.Version, NewInput()));

    /// <summary>
    /// Runs the cursor's next step. Only the executor call is timed (<paramref name="ticks"/>, Stopwatch ticks) and
    /// counted (<paramref name="allocatedBytes"/>, this thread's allocations); checking the result and building the
    /// next command are not. Throws <see cref="BenchFailureException"/> when the engine does anything unexpected.
    /// </summary>
    public void Step(Cursor cursor, out long ticks, out long allocatedBytes)
    {
        var command = cursor.Next ?? throw new InvalidOperationException($"Instance '{cursor.InstanceId}' has no step left.");
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        var t0 = Stopwatch.GetTimestamp();
        var pending = executor.ExecuteAsync(command);
        var result = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        var t1 = Stopwatch.GetTimestamp();
        var a1 = GC.GetAllocatedBytesForCurrentThread();
        ticks = t1 - t0;
        allocatedBytes = a1 - a0;

        var k = cursor.StepIndex;
        var openedTask = Check(cursor.InstanceId, k, result);
        cursor.StepIndex++;
        cursor.Next = openedTask is null ? null : new RecordDecision(cursor.InstanceId, openedTask, Actor.System, "approve", null);
    }

    /// <summary>Runs every step of a new instance; the step times go to <paramref name="ticks"/> from <paramref name="at"/>.</summary>
    public void RunInstance(string instanceId, long[] ticks, long[] allocatedBytes, int at)
    {
        var cursor = NewInstance(instanceId);
        for (var k = 0; k < StepsPerInstance; k++)
        {
            Step(cursor, out ticks[at + k], out allocatedBytes[at + k]);
        }
    }

    /// <summary>The peer passes <c>{needsFinance: true}</c>; our case also carries its division, as a real case does.</summary>
    private static JsonObject NewInput() => new()
    {
        ["divisionCode"] = "110105001001",
        ["applicant"] = "bench",
    };

    /// <summary>
    /// Checks one step's result and returns the id of the task it left open (null once finished). It allocates nothing
    /// on success (indexed loop, messages built only on failure), so the driver adds no garbage to the measured run.
    /// </summary>
    private string? Check(string instanceId, int k, ExecutionResult result)
    {
        if (!result.IsAccepted)
        {
            throw Failure(instanceId, k, $"was rejected: {result.Rejection}");
        }
        if (result.Instance is not { } instance)
        {
            throw Failure(instanceId, k, "returned no instance view.");
        }
        string? taskId = null;
        string? activity = null;
        var opened = 0;
        var events = result.Events;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e is TaskOpened t)
            {
                opened++;
                taskId = t.TaskId;
                activity = definition.NodesById.TryGetValue(t.ActivityId, out var node) ? node.Id : t.ActivityId;
            }
            else if (e is IncidentRecorded incident)
            {
                throw Failure(instanceId, k, $"recorded an incident: {incident.Code} {incident.Message}");
            }
        }
        var expected = ExpectedStops[k];
        if (expected is null)
        {
            if (opened != 0 || instance.SubStatus != WorkflowSubStatus.Finished)
            {
                throw Failure(instanceId, k,
                    $"should have finished the instance, but it is {instance.SubStatus} with {opened} new task(s) ({activity ?? "none"}).");
            }
            return null;
        }
        if (opened != 1 || !string.Equals(activity, expected, StringComparison.Ordinal) || instance.IsFinished)
        {
            throw Failure(instanceId, k,
                $"should have opened one task at '{expected}', but opened {opened} (last at '{activity ?? "none"}'), instance {instance.SubStatus}.");
        }
        return taskId;
    }

    private static BenchFailureException Failure(string instanceId, int k, string what) =>
        new($"instance '{instanceId}' step {k + 1} {what}");

    /// <summary>One instance on its way through the approval.</summary>
    public sealed class Cursor(string instanceId, WorkflowCommand first)
    {
        public string InstanceId { get; } = instanceId;

        public int StepIndex { get; set; }

        public WorkflowCommand? Next { get; set; } = first;

        public bool Done => Next is null;
    }
}

/// <summary>The engine did something the approval shape does not allow; the benchmark stops with exit code 1.</summary>
internal sealed class BenchFailureException(string message) : Exception(message);

using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.State;

namespace Workflow.Definitions.Tests.Support;

/// <summary>
/// Given a definition file, when commands arrive, then events: one case on the real engine with in-memory ports and
/// fake time. After every command, accepted or rejected, the state rebuilt from the committed events must equal the
/// live state (a continuous replay check).
/// </summary>
internal sealed class DefinitionScenario
{
    /// <summary>Monday 2 March 2026, 09:00 in China: scenarios start at the beginning of a working week.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public const string InstanceId = "case-0001";

    private readonly WorkflowExecutor _executor;

    private DefinitionScenario(string file, IRoutingTable? routing, IAssignmentResolver? assignments = null)
    {
        var catalog = new InMemoryDefinitionCatalog();
        catalog.Publish(DefinitionFiles.Load(file));
        DefinitionId = catalog.All().Single().DefinitionId;
        _executor = new WorkflowExecutor(catalog, Store, new EngineServices(Time, routing: routing, assignments: assignments));
    }

    public static DefinitionScenario For(string file, IRoutingTable? routing = null) => new(file, routing);

    /// <summary>A scenario whose posts resolve to people (<paramref name="assignments"/>), so a multi-signer step has its signers.</summary>
    public static DefinitionScenario With(string file, IAssignmentResolver assignments) => new(file, null, assignments);

    public string DefinitionId { get; }

    public FakeTimeProvider Time { get; } = new(MondayMorning.ToUniversalTime());

    public InMemoryInstanceStore Store { get; } = new();

    /// <summary>The live state after the last command.</summary>
    public IInstanceView Instance { get; private set; } = new InstanceState();

    /// <summary>Every committed event of the case, oldest first.</summary>
    public IReadOnlyList<WorkflowEvent> Events => Store.EventsOf(InstanceId);

    public string? Variable(string name) => Instance.Variables.GetValueOrDefault(name)?.GetValue<string>();

    /// <summary>The one task waiting for someone; fails if there is none or more than one.</summary>
    public TaskState OpenTask => Assert.Single(Instance.Tasks.Values, t => t.Status == TaskLifecycle.Open);

    public IEnumerable<TaskState> OpenTasks => Instance.Tasks.Values.Where(t => t.Status == TaskLifecycle.Open);

    /// <summary>The running public notice (公示); fails unless exactly one runs.</summary>
    public BookmarkState Notice => Assert.Single(Instance.Bookmarks.Values, b => b.Kind == BookmarkKind.Notice);

    public Task<ExecutionResult> StartAsync(string divisionCode = TestDivisions.Village) =>
        RunAsync(new StartInstance(InstanceId, DefinitionId, null, new JsonObject { ["divisionCode"] = divisionCode }));

    /// <summary>Decides the one open task.</summary>
    public Task<ExecutionResult> DecideAsync(Actor actor, string outcome, string? comment = null, JsonObject? data = null) =>
        DecideAsync(OpenTask.TaskId, actor, outcome, comment, data);

    public Task<ExecutionResult> DecideAsync(string taskId, Actor actor, string outcome, string? comment = null, JsonObject? data = null) =>
        RunAsync(new RecordDecision(InstanceId, taskId, actor, outcome, comment, data));

    /// <summary>A department answers the one open task, which should be its referral.</summary>
    public Task<ExecutionResult> ReplyAsync(Actor actor, string departmentCode, string outcome, string? comment = null, JsonObject? data = null) =>
        RunAsync(new RecordDepartmentReply(InstanceId, OpenTask.TaskId, departmentCode, actor, outcome, comment, data));

    /// <summary>A department answers its referral <paramref name="taskId"/>, one of several open at once.</summary>
    public Task<ExecutionResult> ReplyAsync(string taskId, Actor actor, string departmentCode, string outcome, string? comment = null, JsonObject? data = null) =>
        RunAsync(new RecordDepartmentReply(InstanceId, taskId, departmentCode, actor, outcome, comment, data));

    public Task<ExecutionResult> ObjectAsync(Actor actor, string text) =>
        RunAsync(new RecordObjection(InstanceId, Notice.BookmarkId, actor, text));

    public Task<ExecutionResult> FireTimerAsync(string timerId) => RunAsync(new FireTimer(InstanceId, timerId));

    /// <summary>Lets fake time pass, then fires every timer that is due by then, as the timer pump would.</summary>
    public async Task<IReadOnlyList<WorkflowEvent>> ElapseAsync(TimeSpan span)
    {
        Time.Advance(span);
        var events = new List<WorkflowEvent>();
        foreach (var timer in Instance.Timers.Values.Where(t => t.DueAt <= Time.GetUtcNow()).OrderBy(t => t.DueAt).ToList())
        {
            events.AddRange((await FireTimerAsync(timer.TimerId)).AssertAccepted());
        }
        return events;
    }

    private async Task<ExecutionResult> RunAsync(WorkflowCommand command)
    {
        var result = await _executor.ExecuteAsync(command);
        Instance = await Store.LoadAsync(InstanceId, CancellationToken.None) ?? new InstanceState();
        InstanceSnapshot.AssertReplayEqualsLive(Events, Instance);
        return result;
    }
}

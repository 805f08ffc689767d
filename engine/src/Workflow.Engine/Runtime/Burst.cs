using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;
using Workflow.Engine.Expressions;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// One command's worth of execution: a drained work queue of activities and <see cref="Emit"/>, through which every
/// effect goes. The queue itself is transient (a burst always runs until every branch has completed or is waiting), so
/// only what events record survives between commands. Clocks, tasks, scopes and token flow are collaborators with one
/// job each (<see cref="LegalClocks"/>, <see cref="TaskOperations"/>, <see cref="FlowScopes"/>, <see cref="TokenFlow"/>).
/// </summary>
internal sealed class Burst(WorkflowDefinition definition, InstanceState state, EngineServices services, DateTimeOffset now)
{
    private readonly Queue<(string ScopeId, ActivityNode Node)> _queue = new();
    private readonly Dictionary<string, int> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScopeVariables> _scopes = new(StringComparer.Ordinal);
    private int _steps;

    public WorkflowDefinition Definition { get; } = definition;

    public InstanceState State { get; } = state;

    public EngineServices Services { get; } = services;

    /// <summary>The calendar of this command: taken once, so a calendar swapped meanwhile cannot mix into one burst.</summary>
    public IWorkingCalendar Calendar { get; } = services.Calendar.Pinned();

    public DateTimeOffset Now { get; } = now;

    public List<WorkflowEvent> Events { get; } = [];

    /// <summary>The task whose answer this burst is carrying forward; a task opened now records it as its predecessor.</summary>
    public string? LeadingTaskId { get; set; }

    public LegalClocks Clocks => new(this);

    public TaskOperations Tasks => new(this);

    public FlowScopes Scopes => new(this);

    public TokenFlow Flow => new(this);

    /// <summary>Records an event and applies it at once, so the rest of the burst sees its effect.</summary>
    public void Emit(WorkflowEvent e)
    {
        Events.Add(e);
        EventAppliers.Apply(State, e);
    }

    /// <summary>Ids come from the position of the event that introduces them, so replay reproduces them exactly.</summary>
    public string NextSeq => (State.Version + 1).ToString(CultureInfo.InvariantCulture);

    public string NewTaskId() => $"{State.InstanceId}-{NextSeq}";

    public ScopeVariables ScopeFor(string scopeId)
    {
        if (!_scopes.TryGetValue(scopeId, out var scope))
        {
            scope = new ScopeVariables(this, scopeId);
            _scopes[scopeId] = scope;
        }
        return scope;
    }

    public void Start(string instanceId, JsonObject? input)
    {
        var variables = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var v in Definition.Variables)
        {
            variables[v.Name] = LiteralConverter.Convert(v.InitialValue, v.TypeName);
        }
        Emit(new InstanceStarted(instanceId, Definition.DefinitionId, Definition.Id, Definition.Version, input, variables, Now));
        if (Definition.CaseTimeLimit is { } caseLimit)
        {
            Clocks.Start(LegalClocks.CaseClock, null, caseLimit, TimeLimitUnit.WorkingDays, input?[CaseInputKeys.DivisionCode]?.GetValue<string>());
        }
        Scopes.Open(FlowScopes.RootScopeId, null, Definition.Root.Body!, null, null);
        Drain();
    }

    /// <summary>Runs queued activities until none is left or the instance has finished.</summary>
    public void Drain()
    {
        while (_queue.Count > 0)
        {
            var (scopeId, node) = _queue.Dequeue();
            _queued[scopeId]--;
            if (State.IsFinished || !State.ScopesMutable.ContainsKey(scopeId))
            {
                continue;
            }
            if (++_steps > Services.Options.MaxActivitiesPerBurst)
            {
                Fault(node.NodeId, "RunawayFlow",
                    $"一次推进执行了超过 {Services.Options.MaxActivitiesPerBurst} 个活动而没有等待点，流程已中止 (the flowchart loops without waiting).");
                break;
            }
            Execute(scopeId, node);
        }
        _queue.Clear();
    }

    private void Execute(string scopeId, ActivityNode node)
    {
        var context = new ActivityContext(this, scopeId, node);
        try
        {
            node.Descriptor!.Behavior.Execute(context);
        }
        catch (ExpressionFailedException ex)
        {
            Fault(node.NodeId, ex.Code, $"活动 '{node.DisplayName}' 执行失败: {ex.Message}");
        }
    }

    /// <summary>Delivers whatever arrived at a bookmark to its activity, then runs what that unblocks.</summary>
    public void Resume(ResumeSignal signal)
    {
        var node = Definition.NodesById[signal.Bookmark.ActivityId];
        var context = new ActivityContext(this, signal.Bookmark.ScopeId, node);
        try
        {
            node.Descriptor!.Behavior.Resume(context, signal);
        }
        catch (ExpressionFailedException ex)
        {
            Fault(node.NodeId, ex.Code, $"活动 '{node.DisplayName}' 执行失败: {ex.Message}");
        }
        if (!context.Completed)
        {
            Scopes.CheckIdle(signal.Bookmark.ScopeId);
        }
        Drain();
    }

    public void Enqueue(string scopeId, ActivityNode node)
    {
        _queue.Enqueue((scopeId, node));
        _queued[scopeId] = _queued.GetValueOrDefault(scopeId) + 1;
    }

    /// <summary>True while an activity of the scope waits in the queue: the scope cannot close yet.</summary>
    public bool HasQueued(string scopeId) => _queued.GetValueOrDefault(scopeId) > 0;

    public string CreateBookmark(string scopeId, ActivityNode node, BookmarkKind kind, string? name, DateTimeOffset? dueAt)
    {
        var bookmarkId = "b" + NextSeq;
        Emit(new BookmarkCreated(bookmarkId, scopeId, node.NodeId, node.Type, kind, name, dueAt));
        if (dueAt is { } due)
        {
            Emit(new TimerScheduled("tm" + NextSeq, bookmarkId, due));
        }
        return bookmarkId;
    }

    /// <summary>Closes a bookmark's task and timer rows and removes it, before its activity resumes or is cancelled.</summary>
    public void ReleaseBookmark(BookmarkState bookmark, string reason, string? exceptTimerId = null)
    {
        if (State.TimersMutable.Count > 0)
        {
            foreach (var timer in State.TimersMutable.Values.Where(t => t.BookmarkId == bookmark.BookmarkId && t.TimerId != exceptTimerId).ToList())
            {
                Emit(new TimerCancelled(timer.TimerId));
            }
        }
        Emit(new BookmarkRemoved(bookmark.BookmarkId, reason));
    }

    public void Fault(string? nodeId, string code, string message)
    {
        Emit(new IncidentRecorded(nodeId, code, message, Now));
        CancelWaits(_ => true, "流程异常终止");
        Clocks.StopAll();
        Emit(new InstanceFinished(WorkflowSubStatus.Faulted, Now));
    }

    /// <summary>Cancels the open tasks of the chosen waits, with their clocks and timers, and removes the waits.</summary>
    public void CancelWaits(Func<BookmarkState, bool> which, string reason)
    {
        foreach (var bookmark in State.BookmarksMutable.Values.Where(which).ToList())
        {
            foreach (var task in State.TasksMutable.Values.Where(t => t.Opened.BookmarkId == bookmark.BookmarkId && t.Status == Workflow.Engine.State.TaskLifecycle.Open).ToList())
            {
                Emit(new TaskCancelled(task.TaskId, reason));
                Clocks.Stop(task.TaskId);
                Tasks.CancelTimers(task.TaskId);
            }
            ReleaseBookmark(bookmark, reason);
        }
    }
}

using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;
using Workflow.Engine.Expressions;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// What a running activity may do. Every effect goes out as an event through the burst, which applies it at once,
/// so later activities in the same burst see it.
/// </summary>
public sealed class ActivityContext
{
    private readonly Burst _burst;
    private Dictionary<string, JsonNode?>? _evaluated;

    internal ActivityContext(Burst burst, string scopeId, ActivityNode node)
    {
        _burst = burst;
        ScopeId = scopeId;
        Node = node;
    }

    public ActivityNode Node { get; }

    public string ScopeId { get; }

    public IInstanceView Instance => _burst.State;

    public DateTimeOffset Now => _burst.Now;

    public EngineServices Services => _burst.Services;

    public IEvaluationScope Variables => _burst.ScopeFor(ScopeId);

    internal bool Completed { get; private set; }

    /// <summary>Evaluates an input; null when the input is absent or set to null.</summary>
    public JsonNode? Evaluate(string input)
    {
        if (!Node.Inputs.TryGetValue(input, out var expression))
        {
            return null;
        }
        var value = _burst.Services.Expressions.Evaluate(expression, Variables);
        (_evaluated ??= [])[input] = value;
        return value;
    }

    public string? EvaluateString(string input) => Evaluate(input) switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        var other => other.ToJsonString(),
    };

    public void Complete(params string[] outcomes) => Complete((IReadOnlyList<string>)outcomes);

    public void Complete(IReadOnlyList<string> outcomes)
    {
        Completed = true;
        _burst.Flow.CompleteActivity(ScopeId, Node, outcomes, LoggedInputs());
    }

    public void SetVariable(string name, JsonNode? value) => Variables.SetVariable(name, value);

    public void WriteLine(string text) => _burst.Emit(new LineWritten(Node.NodeId, text));

    public void Emit(WorkflowEvent e) => _burst.Emit(e);

    /// <summary>Waits for something; with <paramref name="dueAt"/> a durable timer row is written too.</summary>
    public string CreateBookmark(BookmarkKind kind, string? name, DateTimeOffset? dueAt = null) =>
        _burst.CreateBookmark(ScopeId, Node, kind, name, dueAt);

    /// <summary>Opens a task in someone's inbox and waits for its decision.</summary>
    public string OpenTask(TaskKind kind, string title, TaskAssignee assignee, IReadOnlyList<string> outcomes,
        IReadOnlyList<string> commentRequiredFor, int? timeLimitWorkingDays, int? chainStep = null) =>
        _burst.Tasks.Open(this, new TaskRequest(kind, title, assignee, outcomes, commentRequiredFor, timeLimitWorkingDays, chainStep));

    /// <summary>Opens a task with everything an approval step may say: a service item, a multi-signer rule.</summary>
    internal string OpenTask(TaskRequest request) => _burst.Tasks.Open(this, request);

    /// <summary>Runs the body once per entry of <paramref name="locals"/>, and completes when all have finished.</summary>
    public void RunChildren(Flowchart body, IReadOnlyList<IReadOnlyDictionary<string, JsonNode?>?> locals)
    {
        Completed = true; // completion comes later, when the last child scope closes
        _burst.Scopes.OpenChildren(ScopeId, Node, body, locals);
    }

    public void Fault(string code, string message)
    {
        Completed = true;
        _burst.Fault(Node.NodeId, code, message);
    }

    /// <summary>Ends the flowchart this activity sits in, cancelling whatever else still waits in it.</summary>
    public void EndFlowchart() => _burst.Scopes.End(ScopeId);

    /// <summary>Stops the case clock for a reason (公示, 补正材料, 核对); paused time does not count.</summary>
    public void PauseCaseClock(string reason)
    {
        if (Instance.Clocks.TryGetValue(LegalClocks.CaseClock, out var clock) && clock.PausedAt is null)
        {
            _burst.Clocks.Pause(LegalClocks.CaseClock, reason, "system");
        }
    }

    /// <summary>Restarts the case clock if it was paused for <paramref name="reason"/>.</summary>
    public void ResumeCaseClock(string reason)
    {
        if (Instance.Clocks.TryGetValue(LegalClocks.CaseClock, out var clock) && clock.PauseReason == reason)
        {
            _burst.Clocks.Resume(LegalClocks.CaseClock, "system");
        }
    }

    /// <summary>Ends the whole workflow.</summary>
    public void FinishWorkflow() => _burst.Scopes.FinishWorkflow();

    private Dictionary<string, JsonNode?>? LoggedInputs()
    {
        if (_evaluated is null)
        {
            return null;
        }
        var workflowMode = _burst.Definition.LogPersistence;
        var hostMode = _burst.Services.Options.HostLogPersistence;
        Dictionary<string, JsonNode?>? kept = null;
        foreach (var (name, value) in _evaluated)
        {
            if (Node.LogPersistence.Includes(name, workflowMode, hostMode))
            {
                (kept ??= [])[name] = value;
            }
        }
        return kept;
    }
}

using Workflow.Engine.Expressions;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Runtime;

/// <summary>
/// The pure collaborators a burst needs: time, expressions, the working-day calendar, the routing table and the
/// organisation's assignment resolver.
/// </summary>
public sealed class EngineServices
{
    public EngineServices(
        TimeProvider time,
        EngineOptions? options = null,
        IWorkingCalendar? calendar = null,
        IRoutingTable? routing = null,
        IAssignmentResolver? assignments = null)
    {
        Time = time;
        Options = options ?? new EngineOptions();
        Calendar = calendar ?? new WeekendCalendar();
        Routing = routing ?? NoRouting.Instance;
        Assignments = assignments ?? NoAssignments.Instance;
        Expressions = new ExpressionEvaluator(new JavaScriptSandbox(Options.Scripts));
    }

    public TimeProvider Time { get; }

    public EngineOptions Options { get; }

    public IWorkingCalendar Calendar { get; }

    public IRoutingTable Routing { get; }

    /// <summary>Turns a task's post and division into candidate users; the default resolves nobody (post check only).</summary>
    public IAssignmentResolver Assignments { get; }

    public ExpressionEvaluator Expressions { get; }

    private sealed class NoRouting : IRoutingTable
    {
        public static readonly NoRouting Instance = new();

        public RoutingRule? Find(string serviceItem, string? divisionCode) => null;
    }

    private sealed class NoAssignments : IAssignmentResolver
    {
        public static readonly NoAssignments Instance = new();

        public Assignment Resolve(AssignmentRequest request) => Assignment.Unresolved(request);
    }
}

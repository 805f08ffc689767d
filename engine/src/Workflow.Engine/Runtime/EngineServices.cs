using Workflow.Engine.Expressions;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Runtime;

/// <summary>The pure collaborators a burst needs: time, expressions, the working-day calendar and the routing table.</summary>
public sealed class EngineServices
{
    public EngineServices(TimeProvider time, EngineOptions? options = null, IWorkingCalendar? calendar = null, IRoutingTable? routing = null)
    {
        Time = time;
        Options = options ?? new EngineOptions();
        Calendar = calendar ?? new WeekendCalendar();
        Routing = routing ?? NoRouting.Instance;
        Expressions = new ExpressionEvaluator(new JavaScriptSandbox(Options.Scripts));
    }

    public TimeProvider Time { get; }

    public EngineOptions Options { get; }

    public IWorkingCalendar Calendar { get; }

    public IRoutingTable Routing { get; }

    public ExpressionEvaluator Expressions { get; }

    private sealed class NoRouting : IRoutingTable
    {
        public static readonly NoRouting Instance = new();

        public RoutingRule? Find(string serviceItem, string? divisionCode) => null;
    }
}

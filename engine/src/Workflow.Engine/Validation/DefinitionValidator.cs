using Workflow.Engine.Definitions;
using Workflow.Engine.Expressions;

namespace Workflow.Engine.Validation;

/// <summary>
/// Graph checks on a read definition. It reports every problem it finds, each with a JSON path, and never stops at
/// the first.
/// </summary>
public static partial class DefinitionValidator
{
    private static readonly JavaScriptSandbox SyntaxChecker = new(new ScriptLimits());

    public static void Validate(WorkflowDefinition definition, List<DefinitionError> errors)
    {
        foreach (var node in definition.NodesById.Values)
        {
            CheckExpressions(node, errors);
        }
        foreach (var node in definition.NodesById.Values.Where(n => n.Body is not null).Select(n => n.Body!).Distinct())
        {
            CheckFlowchart(node, errors);
        }
    }

    private static void CheckExpressions(ActivityNode node, List<DefinitionError> errors)
    {
        var expressions = node.Inputs.Select(i => (Name: i.Key, Expression: i.Value));
        if (node.Compiled is Activities.Elsa.SwitchSettings switchSettings)
        {
            expressions = expressions.Concat(switchSettings.Cases.Where(c => c.Condition is not null).Select(c => ($"case '{c.Label}'", c.Condition!)));
        }
        foreach (var (name, expression) in expressions)
        {
            if (!ExpressionEvaluator.Supported.Contains(expression.Type))
            {
                errors.Add(new DefinitionError(expression.JsonPath, "UnsupportedExpression",
                    $"活动 '{node.Id}' 的输入 '{name}' 使用了不支持的表达式语言 '{expression.Type}'。"));
            }
            else if (expression.Type == "JavaScript" && expression.Text is { Length: > 0 } code
                && SyntaxChecker.SyntaxError(code) is { } syntax)
            {
                errors.Add(new DefinitionError(expression.JsonPath, "ScriptSyntax", $"活动 '{node.Id}' 的输入 '{name}': {syntax}"));
            }
        }
    }

    private static void CheckFlowchart(Flowchart flow, List<DefinitionError> errors)
    {
        CheckPorts(flow, errors);
        if (flow.Start is null)
        {
            return;
        }
        var reachable = Reach(flow.Start, a => flow.OutboundOf(a.Id).Select(c => c.Target!));
        foreach (var node in flow.Activities.Where(a => !reachable.Contains(a)))
        {
            errors.Add(new DefinitionError(node.JsonPath, "Unreachable", $"活动 '{node.Id}' ({node.Type}) 从开始节点无法到达。"));
        }
        CheckPathsToEnd(flow, reachable, errors);
        CheckLoops(flow, errors);
    }

    private static void CheckPorts(Flowchart flow, List<DefinitionError> errors)
    {
        foreach (var connection in flow.Connections)
        {
            var source = connection.Source!;
            if (source.Descriptor is { } descriptor)
            {
                var ports = descriptor.Ports(source);
                if (!ports.Contains(connection.SourcePort, StringComparer.OrdinalIgnoreCase))
                {
                    var known = ports.Count == 0 ? "无" : string.Join("、", ports);
                    errors.Add(new DefinitionError($"{connection.JsonPath}.source", "UnknownPort",
                        $"活动 '{source.Id}' ({source.Type}) 没有出口 '{connection.SourcePort}'，可用出口: {known}。"));
                }
            }
            if (!string.Equals(connection.TargetPort, "In", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new DefinitionError($"{connection.JsonPath}.target", "UnknownPort",
                    $"活动 '{connection.TargetId}' 没有入口 '{connection.TargetPort}'，入口只能是 In。"));
            }
        }
    }

    /// <summary>Every reachable activity must be able to reach an end: a node with no way on, or an end activity.</summary>
    private static void CheckPathsToEnd(Flowchart flow, HashSet<ActivityNode> reachable, List<DefinitionError> errors)
    {
        var sinks = flow.Activities.Where(a => flow.OutboundOf(a.Id).Length == 0 || a.Descriptor?.IsTerminal == true).ToList();
        var canEnd = new HashSet<ActivityNode>();
        foreach (var sink in sinks)
        {
            canEnd.UnionWith(Reach(sink, a => flow.InboundOf(a.Id).Select(c => c.Source!)));
        }
        foreach (var node in flow.Activities.Where(a => reachable.Contains(a) && !canEnd.Contains(a)))
        {
            errors.Add(new DefinitionError(node.JsonPath, "NoPathToEnd", $"活动 '{node.Id}' ({node.Type}) 之后没有任何路径能到达结束。"));
        }
    }

    private static HashSet<ActivityNode> Reach(ActivityNode from, Func<ActivityNode, IEnumerable<ActivityNode>> next)
    {
        var seen = new HashSet<ActivityNode> { from };
        var stack = new Stack<ActivityNode>();
        stack.Push(from);
        while (stack.Count > 0)
        {
            foreach (var n in next(stack.Pop()))
            {
                if (seen.Add(n))
                {
                    stack.Push(n);
                }
            }
        }
        return seen;
    }
}

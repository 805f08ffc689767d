using Workflow.Engine.Definitions;

namespace Workflow.Engine.Validation;

/// <summary>
/// A cycle that passes through nothing that waits (a task, a timer, an event) is warned about, not refused: Elsa runs
/// such loops (a counter-based retry is the usual one), and so does the engine, with the runaway guard
/// (<c>EngineOptions.MaxActivitiesPerBurst</c>) ending one that never stops as an incident. Cycles are the strongly
/// connected components of the flowchart (Tarjan).
/// </summary>
public static partial class DefinitionValidator
{
    private static void CheckLoops(Flowchart flow, List<DefinitionError> errors)
    {
        foreach (var component in StronglyConnected(flow))
        {
            var isCycle = component.Count > 1 || flow.OutboundOf(component[0].Id).Any(c => c.TargetId == component[0].Id);
            if (isCycle && !component.Any(Waits))
            {
                var ids = string.Join(" → ", component.Select(n => n.Id));
                errors.Add(new DefinitionError(component[0].JsonPath, "LoopWithoutWait",
                    $"流程图中存在不经过任何等待活动的循环 ({ids})：须有退出条件，否则超过活动次数上限时流程中止。", ErrorSeverity.Warning));
            }
        }
    }

    private static bool Waits(ActivityNode node) =>
        node.Descriptor?.IsBlocking == true
        || (node.Descriptor?.IsContainer == true && node.Body is { } body && body.Activities.Any(Waits));

    private static List<List<ActivityNode>> StronglyConnected(Flowchart flow)
    {
        var index = new Dictionary<ActivityNode, int>();
        var low = new Dictionary<ActivityNode, int>();
        var onStack = new HashSet<ActivityNode>();
        var stack = new Stack<ActivityNode>();
        var result = new List<List<ActivityNode>>();
        var counter = 0;

        foreach (var node in flow.Activities.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }
        return result;

        // Recursion depth is bounded by the activity limit of the reader.
        void Visit(ActivityNode v)
        {
            index[v] = low[v] = counter++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in flow.OutboundOf(v.Id).Select(c => c.Target!))
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }
            if (low[v] == index[v])
            {
                var component = new List<ActivityNode>();
                ActivityNode w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                component.Reverse();
                result.Add(component);
            }
        }
    }
}

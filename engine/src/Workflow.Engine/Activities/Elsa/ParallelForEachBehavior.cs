using Workflow.Engine.Runtime;

namespace Workflow.Engine.Activities.Elsa;

using System.Text.Json.Nodes;
using Workflow.Engine.Expressions;

/// <summary><c>Elsa.ParallelForEach</c>: one body scope per item, each seeing its item as <c>CurrentValue</c>.</summary>
internal sealed class ParallelForEachBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        var items = context.Evaluate("items") switch
        {
            null => [],
            JsonArray array => array.ToList(),
            var single => [single],
        };
        if (items.Count > 1000)
        {
            throw new ExpressionFailedException("TooManyItems", $"并行循环的条目数 {items.Count} 超过上限 1000。");
        }
        var locals = items
            .Select(item => (IReadOnlyDictionary<string, JsonNode?>?)new Dictionary<string, JsonNode?> { ["CurrentValue"] = item?.DeepClone() })
            .ToList();
        context.RunChildren(context.Node.Body!, locals);
    }
}

using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;
using Workflow.Engine.Validation;

namespace Workflow.Engine.Serialization;

/// <summary>Reads a flowchart for <see cref="DefinitionReader"/>: activities, both connection formats, and Elsa's start-node order.</summary>
internal static class FlowchartReader
{
    public static Flowchart ReadFlowchart(ActivityNode owner, JsonObject json, DefinitionReadContext context)
    {
        var errors = context.Errors;
        var activities = new List<ActivityNode>();
        var byId = new Dictionary<string, ActivityNode>(StringComparer.Ordinal);
        var items = Json.Items(Json.Get(json, "activities"));
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{owner.JsonPath}.activities[{context.Index(i)}]";
            if (items[i] is not JsonObject item)
            {
                errors.Add(new DefinitionError(path, "InvalidActivity", $"第 {i + 1} 个活动不是 JSON 对象。"));
                continue;
            }
            if (context.Nodes.Count >= DefinitionReader.MaxActivities)
            {
                errors.Add(new DefinitionError(path, "TooManyActivities", $"活动数量超过上限 {DefinitionReader.MaxActivities}。"));
                break;
            }
            var node = ActivityReader.ReadActivity(item, path, owner, context);
            if (node is null || !byId.TryAdd(node.Id, node))
            {
                continue;
            }
            node.IndexInParent = activities.Count;
            activities.Add(node);
        }

        var connections = ReadConnections(owner, json, byId, errors);
        var outbound = connections.GroupBy(c => c.SourceId).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var inbound = connections.GroupBy(c => c.TargetId).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        foreach (var edges in inbound.Values)
        {
            for (var i = 0; i < edges.Length; i++)
            {
                edges[i].InboundIndex = i;
            }
        }
        var flowchart = new Flowchart { Owner = owner, Activities = activities, Connections = connections, Outbound = outbound, Inbound = inbound };
        foreach (var node in activities)
        {
            node.Parent = flowchart;
        }
        flowchart.Start = FindStart(flowchart);
        return flowchart;
    }

    private static List<Connection> ReadConnections(ActivityNode owner, JsonObject json, Dictionary<string, ActivityNode> byId, List<DefinitionError> errors)
    {
        var result = new List<Connection>();
        var items = Json.Items(Json.Get(json, "connections"));
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"{owner.JsonPath}.connections[{i}]";
            if (items[i] is not JsonObject c)
            {
                errors.Add(new DefinitionError(path, "InvalidConnection", $"第 {i + 1} 条连线不是 JSON 对象。"));
                continue;
            }
            string? sourceId, sourcePort, targetId, targetPort;
            if (Json.Get(c, "source") is JsonObject source)
            {
                // Nested (current) format: {"source": {"activity", "port"}, "target": {...}}
                var target = Json.Get(c, "target") as JsonObject;
                (sourceId, sourcePort) = (Json.String(source, "activity"), Json.String(source, "port"));
                (targetId, targetPort) = (Json.String(target, "activity"), Json.String(target, "port"));
            }
            else
            {
                // Flat (3.0) format: {"source", "sourcePort", "target", "targetPort"}
                (sourceId, sourcePort) = (Json.String(c, "source"), Json.String(c, "sourcePort"));
                (targetId, targetPort) = (Json.String(c, "target"), Json.String(c, "targetPort"));
            }
            if (string.IsNullOrEmpty(sourceId) || string.IsNullOrEmpty(targetId))
            {
                errors.Add(new DefinitionError(path, "InvalidConnection", $"第 {i + 1} 条连线缺少起点或终点。"));
                continue;
            }
            var connection = new Connection(sourceId, sourcePort ?? "Done", targetId, targetPort ?? "In", path);
            var missing = !byId.TryGetValue(sourceId, out var from) ? sourceId : !byId.TryGetValue(targetId, out _) ? targetId : null;
            if (missing is not null)
            {
                errors.Add(new DefinitionError(path, "DanglingConnection", $"第 {i + 1} 条连线指向不存在的活动 '{missing}'。"));
                continue;
            }
            connection.Source = from;
            connection.Target = byId[targetId];
            result.Add(connection);
        }
        return result;
    }

    /// <summary>
    /// Elsa's order: the first <c>Elsa.Start</c>, then the first activity that can start the workflow, then the first
    /// with no inbound connection, then the first in the list. The flowchart's own <c>start</c> property is ignored,
    /// as Elsa's reader ignores it.
    /// </summary>
    private static ActivityNode? FindStart(Flowchart flow) =>
        flow.Activities.FirstOrDefault(a => a.Type == "Elsa.Start")
        ?? flow.Activities.FirstOrDefault(a => a.CanStartWorkflow)
        ?? flow.Activities.FirstOrDefault(a => flow.InboundOf(a.Id).Length == 0)
        ?? flow.Activities.FirstOrDefault();

    public static Flowchart EmptyFlowchart(ActivityNode owner) => new()
    {
        Owner = owner, Activities = [], Connections = [],
        Outbound = new Dictionary<string, Connection[]>(), Inbound = new Dictionary<string, Connection[]>(),
    };

    /// <summary>A container whose body is a single activity runs it as a one-node flowchart.</summary>
    public static Flowchart SingleActivity(ActivityNode owner, ActivityNode body)
    {
        var flow = new Flowchart
        {
            Owner = owner, Activities = [body], Connections = [],
            Outbound = new Dictionary<string, Connection[]>(), Inbound = new Dictionary<string, Connection[]>(),
        };
        body.Parent = flow;
        flow.Start = body;
        return flow;
    }
}

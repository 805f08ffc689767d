using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;
using Workflow.Engine.Serialization;
using Workflow.Engine.Tests.Compat;

namespace Workflow.Engine.Tests.Serialization;

/// <summary>Import → export → re-import gives the same graph, and nothing we do not interpret is lost.</summary>
public sealed class ElsaRoundTripTests
{
    public static TheoryData<string> Cases() => CompatCase.Files();

    [Theory]
    [MemberData(nameof(Cases))]
    public void ElsaFixture_ExportedAndReimported_KeepsGraphAndUnknownFields(string file)
    {
        var original = DefinitionReader.Read(File.ReadAllBytes(CompatCase.Named(file).FullPath));
        Assert.NotNull(original.Definition);

        var exported = DefinitionWriter.Write(original.Definition!);
        var again = DefinitionReader.Read(exported);

        Assert.Equal(Graph(original.Definition!), Graph(again.Definition!));
        Assert.Equal(original.Errors.Select(e => e.Code), again.Errors.Select(e => e.Code));
        Assert.Equal(exported, DefinitionWriter.Write(again.Definition!));

        var json = JsonNode.Parse(exported)!.AsObject();
        Assert.Equal("$schema", json.First().Key);
        Assert.All(AllConnections(json), c => Assert.IsType<JsonObject>(c["source"]));
        Assert.Equal(Leaves(Strip(original.Definition!.Document)), Leaves(Strip(json)));
    }

    [Fact]
    public void FlatConnections_AreExportedNested_WithPortsKept()
    {
        var file = CompatCase.Named("FlowchartCompletion__workflow1.json").FullPath;
        var exported = JsonNode.Parse(DefinitionWriter.Write(DefinitionReader.Read(File.ReadAllBytes(file)).Definition!))!;
        var connection = exported["root"]!["connections"]![0]!;
        Assert.NotNull(connection["source"]!["activity"]);
        Assert.Equal("Done", connection["source"]!["port"]!.GetValue<string>());
        Assert.Equal("In", connection["target"]!["port"]!.GetValue<string>());
        Assert.Null(connection["sourcePort"]);
    }

    /// <summary>A canonical projection of the executable graph.</summary>
    private static string Graph(WorkflowDefinition d) => string.Join("\n", d.NodesById.Values
        .OrderBy(n => n.NodeId, StringComparer.Ordinal)
        .Select(n => $"{n.NodeId}|{n.Type}|{n.Name}|{n.MergeMode}|{n.CanStartWorkflow}|{string.Join(",", n.Inputs.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{i.Key}={i.Value.Type}:{i.Value.Value?.ToJsonString()}"))}"
            + (n.Body is { } b ? $"|start={b.Start?.Id}|" + string.Join(";", b.Connections.Select(c => $"{c.SourceId}.{c.SourcePort}>{c.TargetId}.{c.TargetPort}")) : "")));

    private static IEnumerable<JsonObject> AllConnections(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "connections" && p.Value is JsonArray a
            ? a.OfType<JsonObject>()
            : p.Value is null ? [] : AllConnections(p.Value)),
        JsonArray a => a.Where(x => x is not null).SelectMany(x => AllConnections(x!)),
        _ => [],
    };

    /// <summary>Every leaf value with its path, except inside connections (whose shape changes on purpose).</summary>
    private static SortedSet<string> Leaves(JsonNode node)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        Walk(node, "$");
        return set;

        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (k, v) in o)
                    {
                        if (k != "connections")
                        {
                            Walk(v, $"{path}.{k}");
                        }
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], $"{path}[{i}]");
                    }
                    break;
                default:
                    set.Add($"{path}={n?.ToJsonString()}");
                    break;
            }
        }
    }

    private static JsonObject Strip(JsonObject o)
    {
        var copy = o.DeepClone().AsObject();
        copy.Remove("$schema");
        return copy;
    }
}

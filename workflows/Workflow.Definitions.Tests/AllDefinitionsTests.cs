using System.Text.Json.Nodes;
using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Expressions;
using Workflow.Engine.Serialization;

namespace Workflow.Definitions.Tests;

/// <summary>Every definition file under <c>workflows/definitions/</c> parses, validates and survives a round trip.</summary>
public sealed class AllDefinitionsTests
{
    private static readonly JavaScriptSandbox Scripts = new(new ScriptLimits());

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in DefinitionFiles.All())
        {
            data.Add(file);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Definition_Read_IsValidWithNoErrorsOrWarnings(string file)
    {
        // When
        var result = DefinitionReader.Read(DefinitionFiles.Bytes(file));

        // Then
        Assert.True(result.IsValid && result.Errors.Count == 0, $"{file}:\n{string.Join('\n', result.Errors)}");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Definition_WrittenAndReadAgain_KeepsActivitiesConnectionsPortsAndTypes(string file)
    {
        // Given
        var original = DefinitionFiles.Load(file);

        // When
        var reread = DefinitionReader.Read(DefinitionWriter.Write(original));

        // Then
        Assert.Empty(reread.Errors);
        Assert.Equal(DefinitionProjection.Of(original), DefinitionProjection.Of(reread.Definition!));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Definition_WrittenTwice_IsTextuallyStable(string file)
    {
        // Given
        var once = DefinitionWriter.Write(DefinitionFiles.Load(file));

        // When
        var twice = DefinitionWriter.Write(DefinitionReader.Read(once).Definition!);

        // Then
        Assert.Equal(once, twice);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Definition_WrittenAndReadAgain_KeepsFieldsTheEngineDoesNotInterpret(string file)
    {
        // Given: designer positions, connection vertices, descriptions and input definitions mean nothing to the engine
        var original = JsonNode.Parse(DefinitionFiles.Bytes(file))!;

        // When
        var written = JsonNode.Parse(DefinitionWriter.Write(DefinitionFiles.Load(file)))!;

        // Then
        var before = DefinitionJson.Activities(original).ToDictionary(a => a["id"]!.GetValue<string>(), a => a["metadata"]);
        var after = DefinitionJson.Activities(written).ToDictionary(a => a["id"]!.GetValue<string>(), a => a["metadata"]);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, pair => Assert.True(JsonNode.DeepEquals(pair.Value, after[pair.Key]), $"metadata of '{pair.Key}' changed"));
        Assert.True(JsonNode.DeepEquals(original, written), "the written document differs from the file");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Definition_Layout_PlacesEveryActivityLeftToRightFromStart(string file)
    {
        // Given
        var activities = DefinitionJson.Activities(JsonNode.Parse(DefinitionFiles.Bytes(file))).ToList();

        // When
        var positions = activities.ToDictionary(a => a["id"]!.GetValue<string>(), DefinitionJson.Position);

        // Then
        Assert.All(positions, p => Assert.True(p.Value.HasValue, $"'{p.Key}' has no metadata.designer.position"));
        Assert.Equal(positions.Count, positions.Values.Distinct().Count());
        var start = Assert.Single(activities, a => a["type"]!.GetValue<string>() == "Elsa.Start");
        var startX = DefinitionJson.Position(start)!.Value.X;
        Assert.All(positions.Values, p => Assert.True(p!.Value.X >= startX, "an activity sits left of the start"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Definition_Expressions_UseSupportedLanguagesAndScriptsParse(string file)
    {
        // Given: the reader's validator checks activity inputs; FlowSwitch case conditions are checked here too
        var expressions = DefinitionJson.Expressions(JsonNode.Parse(DefinitionFiles.Bytes(file))).ToList();

        // Then
        Assert.All(expressions, e =>
        {
            Assert.True(ExpressionEvaluator.Supported.Contains(e.Type), $"{e.Path}: unsupported language '{e.Type}'");
            if (e.Type == "JavaScript")
            {
                Assert.Null(Scripts.SyntaxError(e.Code ?? ""));
            }
        });
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Definition_FileName_IsDefinitionIdAndVersion(string file)
    {
        // When
        var definition = DefinitionFiles.Load(file);

        // Then
        Assert.Equal($"{definition.DefinitionId}.v{definition.Version}.json", Path.GetFileName(file));
    }

    [Fact]
    public void DefinitionFiles_AcrossFolder_HaveUniqueIdsPerVersion()
    {
        // Given
        var definitions = DefinitionFiles.All().Select(DefinitionFiles.Load).ToList();

        // Then
        Assert.Contains(definitions, d => d.DefinitionId == "dibao");
        Assert.Contains(definitions, d => d.DefinitionId == "disability-subsidies");
        Assert.Contains(definitions, d => d.DefinitionId == "temporary-assistance");
        Assert.Equal(definitions.Count, definitions.Select(d => (d.DefinitionId, d.Version)).Distinct().Count());
        Assert.Equal(definitions.Count, definitions.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void DefinitionFiles_InSourceTree_AreExactlyTheOnesTested()
    {
        // Given: every .json under workflows/, apart from this test project's own files and build output, must be a
        // definition the theories above see
        var root = DefinitionFiles.SourceWorkflowsFolder;
        var ignored = new[] { "bin", "obj", "TestResults" };
        var source = Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("Workflow.Definitions.Tests/", StringComparison.Ordinal))
            .Where(f => !f.Split('/').Any(segment => ignored.Contains(segment) || segment.StartsWith('.')))
            .Order(StringComparer.Ordinal);

        // When
        var tested = DefinitionFiles.All().Select(f => $"definitions/{f}");

        // Then: a file outside definitions/ would go untested, and a copy without a source is stale
        Assert.Equal(source, tested);
    }
}

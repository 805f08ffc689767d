using System.Text.Json.Nodes;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Compat;

/// <summary>One row of ../shared/compat/elsa/cases.json.</summary>
public sealed record CompatCase(string File, string Run, JsonObject? Input, JsonObject Expect)
{
    public static IReadOnlyList<CompatCase> All { get; } = Load();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var c in All)
        {
            data.Add(c.File);
        }
        return data;
    }

    public static CompatCase Named(string file) => All.Single(c => c.File == file);

    public string FullPath => Path.Combine(Paths.Compat, File);

    public IReadOnlyList<string>? ExpectedLines =>
        Expect["writeLines"] is JsonArray lines ? lines.Select(l => l?.GetValue<string>() ?? "").ToList() : null;

    private static List<CompatCase> Load()
    {
        var path = Path.Combine(Paths.Compat, "cases.json");
        var cases = JsonNode.Parse(System.IO.File.ReadAllText(path))!.AsArray();
        return cases.Select(c => new CompatCase(
            c!["file"]!.GetValue<string>(),
            c["run"]!.GetValue<string>(),
            c["input"] as JsonObject,
            c["expect"]!.AsObject())).ToList();
    }
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflow.Engine.Activities;
using Workflow.Engine.Activities.Design;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Admin;

/// <summary>
/// The designer's scripts, as the browser loads them (the entry module and everything it imports), keep no copy of
/// what the engine's activity table serves (issue 13): no type name, and no label, port, choice or default value
/// of a type written as a string.
/// </summary>
public sealed partial class DesignerScriptTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private const string Entry = "/js/admin/designer.js";

    /// <summary>Elsa's own connection format: a flat connection without a port leaves by Done (model.js reads it).</summary>
    private static readonly string[] DocumentFormatPorts = ActivityDescriptor.Done.ToArray();

    [Fact]
    public async Task DesignerModules_AreLoadedFromTheEntry_AsModules()
    {
        var modules = await ModulesAsync();

        Assert.True(modules.Count >= 5, $"only {modules.Count} modules: {string.Join(", ", modules.Keys)}");
        Assert.All(modules.Values, text => Assert.DoesNotContain("(function", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task DesignerModules_CopyNothingTheActivityTableServes()
    {
        var modules = await ModulesAsync();
        var copied = new List<string>();

        foreach (var (path, text) in modules)
        {
            copied.AddRange(ActivityTypes.All.Select(d => d.TypeName).Where(t => text.Contains(t, StringComparison.Ordinal)).Select(t => $"{path}: type {t}"));
            copied.AddRange(ServedStrings().Where(s => Quoted(text, s)).Select(s => $"{path}: \"{s}\""));
        }

        Assert.True(copied.Count == 0, string.Join("\n", copied));
    }

    /// <summary>Every label, port, choice and default string the table serves for its types.</summary>
    private static IEnumerable<string> ServedStrings()
    {
        foreach (var d in ActivityTypes.All)
        {
            yield return d.Label;
            foreach (var port in d.DesignerPorts.Ports.Except(DocumentFormatPorts))
            {
                yield return port;
            }
            foreach (var field in d.Design.Fields)
            {
                yield return field.Label;
                foreach (var choice in field.Choices)
                {
                    yield return choice.Value;
                    yield return choice.Label;
                }
            }
            foreach (var value in d.Design.Defaults.SelectMany(i => Strings(i.Value)))
            {
                yield return value;
            }
        }
        foreach (var (port, label) in PortLabels.Chinese)
        {
            yield return label;
            if (!DocumentFormatPorts.Contains(port))
            {
                yield return port;
            }
        }
        foreach (var group in PaletteGroup.All)
        {
            yield return group.Label;
        }
    }

    private static IEnumerable<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => value.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private static bool Quoted(string text, string value) =>
        text.Contains($"\"{value}\"", StringComparison.Ordinal) || text.Contains($"'{value}'", StringComparison.Ordinal)
        || text.Contains($"`{value}`", StringComparison.Ordinal);

    /// <summary>The entry module and, transitively, every module it imports, by URL path.</summary>
    private async Task<Dictionary<string, string>> ModulesAsync()
    {
        var client = factory.CreateClient();
        var modules = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Queue<string>([Entry]);
        while (pending.TryDequeue(out var path))
        {
            if (modules.ContainsKey(path))
            {
                continue;
            }
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            var text = await response.Content.ReadAsStringAsync();
            modules[path] = text;
            foreach (Match import in Import().Matches(text))
            {
                pending.Enqueue(new Uri(new Uri("http://host" + path), import.Groups[1].Value).AbsolutePath);
            }
        }
        return modules;
    }

    [GeneratedRegex("""(?:from|import)\s+["'](\.{1,2}/[^"']+)["']""")]
    private static partial Regex Import();
}

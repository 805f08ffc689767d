using Workflow.Casework;
using Workflow.Casework.Application;
using Xunit.Abstractions;

namespace Workflow.Web.Tests.Architecture;

/// <summary>
/// No two namespaces of the web and casework projects use each other, directly or round a loop (issue 13): a cycle
/// means neither side can be understood, moved or tested without the other.
/// </summary>
public sealed class NamespaceCycleTests(ITestOutputHelper output)
{
    [Fact]
    public void WebAndCaseworkNamespaces_HaveNoCycle()
    {
        // The web, the casework rules and the casework application layer.
        var assemblies = new[] { typeof(Program).Assembly, typeof(CaseAccessPolicy).Assembly, typeof(IntakeService).Assembly };

        var graph = new NamespaceGraph(assemblies, "Workflow.Web", "Workflow.Casework");

        output.WriteLine($"{graph.Edges.Count} namespaces, {graph.EdgeCount} edges");
        // The whole graph, so a failure shows which uses to cut.
        foreach (var (from, to) in graph.Edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{from} → {string.Join(", ", to.Order(StringComparer.Ordinal))}");
        }
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, $"Expected no namespace cycle among {graph.Edges.Count} namespaces ({graph.EdgeCount} edges), but found:\n{string.Join("\n", cycles)}");
    }
}

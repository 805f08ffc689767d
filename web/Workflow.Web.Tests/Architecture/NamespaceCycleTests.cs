using Workflow.Casework.Application;
using Workflow.Web.Casework;
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
        var assemblies = new[] { typeof(Program).Assembly, typeof(Workflow.Casework.CaseAccessPolicy).Assembly, typeof(CaseworkOptions).Assembly }.Distinct();

        var graph = new NamespaceGraph(assemblies, "Workflow.Web", "Workflow.Casework");

        output.WriteLine($"{graph.Edges.Count} namespaces, {graph.EdgeCount} edges");
        foreach (var (from, to) in graph.Edges.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{from} → {string.Join(", ", to.Order(StringComparer.Ordinal))}");
        }
        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, $"Expected no namespace cycle among {graph.Edges.Count} namespaces ({graph.EdgeCount} edges), but found:\n{string.Join("\n", cycles)}");
    }
}

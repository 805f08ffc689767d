using Workflow.Web.Tests.Architecture.CycleSample.Left;

namespace Workflow.Web.Tests.Architecture
{
    /// <summary>The cycle check itself: it must name a cycle that is there, or the guard on the web proves nothing.</summary>
    public sealed class NamespaceGraphTests
    {
        [Fact]
        public void Cycles_TwoNamespacesUsingEachOther_NamesTheCycle()
        {
            var root = typeof(LeftSide).Namespace![..typeof(LeftSide).Namespace!.LastIndexOf('.')];

            var cycles = new NamespaceGraph([typeof(LeftSide).Assembly], root).Cycles();

            var cycle = Assert.Single(cycles);
            Assert.StartsWith($"{root}.Left → {root}.Right → {root}.Left", cycle, StringComparison.Ordinal);
        }
    }
}

// Two namespaces that use each other, only for the test above; block-scoped so the sample stays in this one file.
namespace Workflow.Web.Tests.Architecture.CycleSample.Left
{
    internal sealed class LeftSide
    {
        public Right.RightSide? Other { get; init; }
    }
}

namespace Workflow.Web.Tests.Architecture.CycleSample.Right
{
    internal sealed class RightSide
    {
        public static string Name() => nameof(Left.LeftSide) + new Left.LeftSide().Other;
    }
}

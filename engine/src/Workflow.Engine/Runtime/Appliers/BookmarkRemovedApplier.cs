using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class BookmarkRemovedApplier
{
    public static void Apply(InstanceState s, BookmarkRemoved e) => s.BookmarksMutable.Remove(e.BookmarkId);
}

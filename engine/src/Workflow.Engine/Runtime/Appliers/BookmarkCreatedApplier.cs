using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class BookmarkCreatedApplier
{
    public static void Apply(InstanceState s, BookmarkCreated e) =>
        s.BookmarksMutable[e.BookmarkId] = new BookmarkState(e.BookmarkId, e.ScopeId, e.ActivityId, e.ActivityType, e.Kind, e.Name, e.DueAt);
}

using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Queries;

namespace Workflow.Web.Casework;

/// <summary>
/// Whether a caller may see a case: it lies in their division scope, or one of its tasks is addressed to their
/// department or to them (a candidate, the holder, a copy). Everything else is "not found", never "forbidden", so
/// an outsider cannot even learn that a case number exists.
/// </summary>
public sealed class CaseAccess(WorkflowQueries queries)
{
    public async Task<InstanceView?> VisibleAsync(Caller caller, string instanceId, CancellationToken cancellationToken)
    {
        var view = await queries.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return view is not null && Sees(caller, view) ? view : null;
    }

    public static bool Sees(Caller caller, InstanceView view) =>
        (view.Input?["childProtection"] is not System.Text.Json.Nodes.JsonValue flag || !flag.TryGetValue<bool>(out var child) || !child
            || caller.Actor.Posts.Any(ApplicationService.ChildProtectionPosts.Contains))
        && (caller.IsAdministrator && caller.ScopeDivisions.Count == 0
        || caller.Sees(view.DivisionCode)
        || view.Tasks.Any(t => (caller.ActsFor(t.Assignee.DepartmentCode) && caller.Sees(t.Assignee.DivisionCode)) || t.IsFor(caller.Id)));

    /// <summary>A department's officer sees its tasks in their own district only: every district has its own 残联.</summary>
    public static bool Sees(Caller caller, TaskState task) => caller.Sees(task.Opened.Assignee.DivisionCode);
}

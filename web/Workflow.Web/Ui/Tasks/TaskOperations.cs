using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Tasks;

/// <summary>
/// Which operation forms the task page shows the person, and whom they may pick. This only chooses the forms: the
/// engine checks every operation again and its refusal is shown as a message box.
/// </summary>
public sealed record TaskOperations(
    bool Claim,
    bool Release,
    bool HandOver,
    bool Supplement,
    bool Supply,
    bool Withdraw,
    bool Urge,
    bool Deliberation,
    IReadOnlyList<(string Id, string Label)> Colleagues,
    IReadOnlyList<(string Id, string Label)> People)
{
    /// <summary>The operation codes of the forms and what the message after each says (已…).</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["claim"] = "认领",
        ["release"] = "释放任务",
        ["transfer"] = "转办",
        ["delegate"] = "委派",
        ["signer"] = "加签",
        ["cc"] = "抄送",
        ["supplement"] = "发出一次性补正告知",
        ["supply"] = "登记补正材料",
        ["withdraw"] = "撤回",
        ["urge"] = "催办",
        ["deliberation"] = "记录民主评议",
    };

    public static TaskOperations None { get; } = new(false, false, false, false, false, false, false, false, [], []);

    public bool Any => Claim || Release || HandOver || Supplement || Supply || Withdraw || Urge || Deliberation;

    public static TaskOperations For(Caller caller, InstanceView instance, TaskView task, Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(organisation);
        if (task.Status != TaskLifecycle.Open)
        {
            return None;
        }
        var me = caller.Id;
        var held = task.ClaimedBy ?? task.Holder;
        var mayAct = UserScope.CanAct(caller.Actor, task);
        var decidedBefore = instance.Tasks.Any(t => t.Status == TaskLifecycle.Completed && t.ActorId == me && t.ClosedAt <= task.OpenedAt);
        var people = organisation.Users.Where(u => u.Active && u.Id != me)
            .Select(u => (u.Id, $"{u.Name}（{string.Join("、", u.Posts.Select(p => p.PostCode).Distinct())}）")).ToList();
        var colleagues = organisation.Users.Where(u => u.Active && u.Id != me && u.Posts.Any(p => Same(p, task.Assignee)))
            .Select(u => (u.Id, u.Name)).ToList();
        return new TaskOperations(
            Claim: held is null && task.Kind == TaskKind.Approval && UserScope.CanClaim(caller.Actor, task),
            Release: task.ClaimedBy == me,
            HandOver: mayAct,
            Supplement: mayAct && task.Supplement is null && task.Kind == TaskKind.Approval,
            Supply: task.Supplement is not null,
            Withdraw: !mayAct && decidedBefore && held is null,
            Urge: !mayAct,
            Deliberation: mayAct && task.Kind == TaskKind.Approval,
            colleagues.Count > 0 ? colleagues : people,
            people);
    }

    private static bool Same(PostAssignment post, TaskAssignee assignee) =>
        assignee.DepartmentCode is { } department ? post.DepartmentCode == department : post.PostCode == assignee.Post;
}

using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Operations;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Tasks;

/// <summary>
/// Which operation forms the task page shows the person, and whom they may pick. 认领, 释放, 撤回, 补正, 民主评议, 加签,
/// 减签 and 人工指派 are offered where the engine would take them (<see cref="TaskOffers"/>, from the handlers' own checks);
/// the engine still checks every operation again and its refusal is shown as a message box.
/// </summary>
public sealed record TaskOperations(
    TaskOffers Offers,
    bool HandOver,
    bool Supply,
    bool Urge,
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
        ["unsigner"] = "减签",
        ["assign"] = "人工指派",
    };

    public static TaskOperations None { get; } = new(TaskOffers.None, false, false, false, [], []);

    public bool Claim => Offers.Claim;

    public bool Release => Offers.Release;

    public bool Withdraw => Offers.Withdraw;

    public bool Supplement => Offers.Supplement;

    public bool Deliberation => Offers.Deliberation;

    /// <summary>加签 only on a multi-signer step the person may change, with the people the engine would accept.</summary>
    public bool AddSigner => Offers.NewSigners.Count > 0;

    public bool RemoveSigner => Offers.RemovableSigners.Count > 0;

    public bool Assign => Offers.Assignees.Count > 0;

    public bool Any => Claim || Release || HandOver || Supplement || Supply || Withdraw || Urge || Deliberation || AddSigner || RemoveSigner || Assign;

    public static TaskOperations For(Caller caller, TaskView task, Organisation organisation, TaskOffers offers)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(offers);
        if (task.Status != TaskLifecycle.Open)
        {
            return None;
        }
        var me = caller.Id;
        var mayAct = UserScope.CanAct(caller.Actor, task, caller.At);
        var people = organisation.Users.Where(u => u.Active && u.Id != me)
            .Select(u => (u.Id, $"{u.Name}（{string.Join("、", u.Posts.Select(p => p.PostCode).Distinct())}）")).ToList();
        var colleagues = organisation.Users.Where(u => u.Active && u.Id != me && u.Posts.Any(p => Same(p, task.Assignee)))
            .Select(u => (u.Id, u.Name)).ToList();
        return new TaskOperations(
            offers,
            HandOver: mayAct,
            Supply: task.Supplement is not null,
            Urge: !mayAct,
            colleagues.Count > 0 ? colleagues : people,
            people);
    }

    private static bool Same(PostAssignment post, TaskAssignee assignee) =>
        assignee.DepartmentCode is { } department ? post.DepartmentCode == department : post.PostCode == assignee.Post;
}

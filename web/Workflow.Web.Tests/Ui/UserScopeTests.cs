using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Tests.Ui;

/// <summary>The task page offers the decision to exactly those the engine will let decide (TaskAuthority).</summary>
public sealed class UserScopeTests
{
    private static readonly TaskAssignee TownshipReview = new("民政办", "township", "500113102000", null, null);

    private static TaskView Task(string? holder = null, params string[] candidates) =>
        new("case-1", "t1", TaskKind.Approval, "乡镇审核", TownshipReview, TaskLifecycle.Open, ["approve"], [], DateTimeOffset.UnixEpoch, null, null, null, null, null)
        {
            Holder = holder,
            Candidates = candidates.Select(c => new Candidate(c, "持有岗位")).ToList(),
        };

    private static readonly Actor Zhangwei = Actor.User("zhangwei", ["民政办"], ["500113102000"]);

    [Fact]
    public void CanAct_FollowsTheEngine_HolderAloneThenCandidatesThenThePost()
    {
        Assert.True(UserScope.CanAct(Zhangwei, Task()));
        Assert.True(UserScope.CanAct(Zhangwei, Task(null, "zhangwei")));
        Assert.False(UserScope.CanAct(Zhangwei, Task(null, "zhaolei")));
        Assert.False(UserScope.CanAct(Zhangwei, Task("zhaolei")));
        // Handed the task by 转办 without holding the post: the holder decides.
        Assert.True(UserScope.CanAct(Actor.User("chenxia", ["窗口受理"], ["500113102000"]), Task("chenxia")));
    }
}

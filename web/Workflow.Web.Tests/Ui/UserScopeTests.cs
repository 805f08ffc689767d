using Workflow.Casework.Application;
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

    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-02T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An 入户调查 step of zhangwei's that yangfan covered (代理) until an hour ago.</summary>
    private static TaskView VisitCoveredUntil(DateTimeOffset until) =>
        new("case-1", "t1", TaskKind.Approval, "入户调查", TownshipReview, TaskLifecycle.Open, ["approve"], [], DateTimeOffset.UnixEpoch, null, null, null, null, null)
        {
            Candidates = [new Candidate("zhangwei", "持有岗位"), new Candidate("yangfan", "代理 张伟") { CoverFor = "zhangwei", Until = until }],
        };

    [Fact]
    public void CanAct_FollowsTheEngine_HolderAloneThenCandidatesThenThePost()
    {
        Assert.True(UserScope.CanAct(Zhangwei, Task(), Now));
        Assert.True(UserScope.CanAct(Zhangwei, Task(null, "zhangwei"), Now));
        Assert.False(UserScope.CanAct(Zhangwei, Task(null, "zhaolei"), Now));
        Assert.False(UserScope.CanAct(Zhangwei, Task("zhaolei"), Now));
        // Handed the task by 转办 without holding the post: the holder decides.
        Assert.True(UserScope.CanAct(Actor.User("chenxia", ["窗口受理"], ["500113102000"]), Task("chenxia"), Now));
    }

    [Fact]
    public void CanActAndVisitPhoto_DeputyWhoseCoverEnded_MayNot()
    {
        var yangfan = Actor.User("yangfan", ["未保工作站"], ["500113102000"]);
        var ended = VisitCoveredUntil(Now.AddHours(-1));
        var standing = VisitCoveredUntil(Now.AddHours(1));

        Assert.False(UserScope.CanAct(yangfan, ended, Now));
        Assert.False(AttachmentService.MayAddVisitPhoto(yangfan, ended, Now));
        Assert.True(UserScope.CanAct(yangfan, standing, Now));
        Assert.True(AttachmentService.MayAddVisitPhoto(yangfan, standing, Now));
    }
}

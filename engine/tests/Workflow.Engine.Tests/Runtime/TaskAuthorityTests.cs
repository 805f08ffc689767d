using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Tests.Runtime;

/// <summary>The one who-may-act rule, case by case: the office, candidates, a referral, 回避, a department, no division.</summary>
public sealed class TaskAuthorityTests
{
    private static readonly Actor Li = Actor.User("li", ["民政办"], ["500113102000"]);
    private static readonly Actor Chen = Actor.User("chen", departments: ["edu"]);

    private static TaskAuthority.Facts Task(string? division = "500113102000", string? department = null, TaskKind kind = TaskKind.Approval,
        string? fallback = null, string? holder = null, params string[] candidates) =>
        new(holder, new TaskAssignee("民政办", null, division, department, null), candidates.Select(c => new Candidate(c, "岗位")).ToList(), fallback, kind);

    [Fact]
    public void MayAct_TaskNamingNoDivision_AnyHolderOfThePost() => Assert.True(TaskAuthority.MayAct(Li, Task(division: null)));

    [Fact]
    public void MayAct_FallbackWithNoCandidates_Nobody()
    {
        var fallback = Task(fallback: "回避");
        Assert.False(TaskAuthority.MayAct(Li, fallback));
        Assert.Equal(TaskAudience.Nobody, TaskAuthority.AudienceOf(fallback));
        Assert.Null(TaskAuthority.OpenOffice(fallback));
        Assert.Empty(TaskAuthority.Named(fallback));
    }

    [Fact]
    public void MayAct_TaskWithCandidates_OnlyThem()
    {
        Assert.False(TaskAuthority.MayAct(Li, Task(candidates: "zhao")));
        Assert.True(TaskAuthority.MayAct(Li, Task(candidates: "li")));
    }

    [Fact]
    public void MayAct_DepartmentTask_ItsOfficersUnlessSomeoneHoldsIt()
    {
        Assert.True(TaskAuthority.MayAct(Chen, Task(department: "edu", kind: TaskKind.Referral)));
        Assert.True(TaskAuthority.MayAct(Chen, Task(department: "edu", kind: TaskKind.Referral, candidates: "sun")));
        Assert.False(TaskAuthority.MayAct(Chen, Task(department: "edu", candidates: "sun")));
        Assert.False(TaskAuthority.MayAct(Chen, Task(department: "edu", kind: TaskKind.Referral, holder: "sun")));
    }

    [Fact]
    public void MayAct_DeputyPastTheCover_IsRefused()
    {
        var at = DateTimeOffset.UnixEpoch.AddDays(100);
        var task = new TaskAuthority.Facts(null, new TaskAssignee("民政办", null, "500113102000", null, null),
            [new Candidate("zhao", "岗位"), new Candidate("yang", "代理") { CoverFor = "zhao", Until = at }], null, TaskKind.Approval);
        var yang = Actor.User("yang");

        Assert.True(TaskAuthority.MayAct(yang, task with { At = at.AddMinutes(-1) }));
        Assert.False(TaskAuthority.MayAct(yang, task with { At = at }));
        Assert.Equal(["zhao"], TaskAuthority.Named(task with { At = at }));
    }
}

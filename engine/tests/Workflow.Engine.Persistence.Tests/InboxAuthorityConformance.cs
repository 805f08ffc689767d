using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Workflow.Testing;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// The inbox's SQL is <see cref="TaskAuthority.MayAct"/>: over a table of tasks (held or not, with candidates or not, a
/// referral, a step every candidate had to step aside from, a department's, one naming no division, a deputy in and past
/// the cover, a 会签 with a deputy) and a table of people, the 待办 search returns exactly the tasks the rule lets each act on.
/// </summary>
public abstract class InboxAuthorityConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private const string Case = "case-authority";
    private const string Education = TestDepartments.Education;

    private static readonly Actor[] People =
    [
        Actor.User("li", ["民政办"], [TestDivisions.Township]),
        Actor.User("zhao", ["民政办"], [TestDivisions.Township]),
        Actor.User("wang", ["民政办"], [TestDivisions.OtherTownship]),
        Actor.User("yang", ["未保工作站"], [TestDivisions.Township]),
        Actor.User("chen", ["教育局"], [TestDivisions.District], [Education]),
        Actor.User("sun", departments: [Education]),
        Actor.User("he", ["窗口受理"], [TestDivisions.Township]),
    ];

    [Fact]
    public async Task InboxSearch_EveryKindOfTaskAndPerson_ReturnsExactlyWhatTaskAuthorityLetsThemActOn()
    {
        await Host.StartAsync(Case);
        var now = Time.GetUtcNow();
        var tasks = Tasks(now);
        await Store.WriteTaskRowsAsync(tasks.Select(t => TaskColumnsRow.Of(Case, t)).ToList(), default);

        foreach (var actor in People)
        {
            var page = await Store.SearchAsync(new InboxSearch(actor, InboxBox.ToDo, CaseSearch.All, now), CaseScope.Everything, 0, 100, default);
            var found = page.Rows.Select(r => r.TaskId).Where(id => id.StartsWith("t-", StringComparison.Ordinal)).Order().ToList();
            var expected = tasks.Where(t => t.Status == TaskLifecycle.Open && TaskAuthority.MayAct(actor, TaskAuthority.Of(t, now)))
                .Select(t => t.TaskId).Order().ToList();
            Assert.True(expected.SequenceEqual(found), $"{actor.Id}: expected {string.Join(",", expected)} but the inbox has {string.Join(",", found)}");
        }
    }

    [Fact]
    public async Task InboxSearch_DeputyAfterTheCover_NoLongerSeesTheTask()
    {
        await Host.StartAsync(Case);
        var now = Time.GetUtcNow();
        var covered = Task("t-covered", Post(TestDivisions.Township), [new("li", "岗位"), Deputy("yang", "li", now.AddDays(1))]);
        await Store.WriteTaskRowsAsync([TaskColumnsRow.Of(Case, covered)], default);
        var yang = People.Single(p => p.Id == "yang");

        async Task<int> CountAt(DateTimeOffset at) =>
            (await Store.SearchAsync(new InboxSearch(yang, InboxBox.ToDo, CaseSearch.All, at), CaseScope.Everything, 0, 10, default)).Total;

        Assert.Equal(1, await CountAt(now));
        Assert.Equal(0, await CountAt(now.AddDays(2)));
    }

    private static TaskAssignee Post(string? division) => new("民政办", "township", division, null, null);

    private static Candidate Deputy(string user, string covers, DateTimeOffset until) => new(user, "代理") { CoverFor = covers, Until = until };

    private static List<TaskState> Tasks(DateTimeOffset now)
    {
        var department = new TaskAssignee(null, "district", TestDivisions.District, Education, "区教育局");
        var countersign = Task("t-countersign", Post(TestDivisions.Township), [new("li", "岗位"), new("zhao", "岗位"), Deputy("yang", "zhao", now.AddDays(1))],
            signing: new TaskSigning(SignModes.Countersign, ["li", "zhao"]));
        countersign.Signers.AddRange([new SignerState("li", "approve", null, now), new SignerState("zhao")]);
        var closed = Task("t-closed", Post(TestDivisions.Township), []);
        closed.Status = TaskLifecycle.Completed;
        return
        [
            Task("t-office", Post(TestDivisions.Township), []),
            Task("t-office-no-division", Post(null), []),
            Task("t-office-elsewhere", Post(TestDivisions.OtherTownship), []),
            Task("t-named", Post(TestDivisions.Township), [new("zhao", "岗位")]),
            Task("t-fallback", Post(TestDivisions.Township), [], fallback: "回避：无人可办"),
            Task("t-held-office", Post(TestDivisions.Township), [], holder: "zhao"),
            Task("t-held-named", Post(TestDivisions.Township), [new("li", "岗位"), new("zhao", "岗位")], holder: "li"),
            Task("t-department", department, [], kind: TaskKind.Referral),
            Task("t-department-named-referral", department, [new("chen", "部门")], kind: TaskKind.Referral),
            Task("t-department-named-approval", department, [new("chen", "部门")]),
            Task("t-department-held", department, [], kind: TaskKind.Referral, holder: "chen"),
            Task("t-deputy", Post(TestDivisions.Township), [new("li", "岗位"), Deputy("yang", "li", now.AddDays(1))]),
            Task("t-deputy-lapsed", Post(TestDivisions.Township), [new("zhao", "岗位"), Deputy("yang", "zhao", now.AddHours(-1))]),
            countersign,
            closed,
        ];
    }

    private static TaskState Task(string id, TaskAssignee assignee, IReadOnlyList<Candidate> candidates, TaskKind kind = TaskKind.Approval,
        string? fallback = null, string? holder = null, TaskSigning? signing = null) =>
        new()
        {
            Opened = new TaskOpened(id, "bm-" + id, "root", "act", kind, id, assignee, ["approve", "reject"], [], null, null, null,
                DateTimeOffset.Parse("2026-03-02T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture))
            {
                Candidates = candidates,
                Fallback = fallback,
                Signing = signing,
            },
            Holder = holder,
            ClaimedBy = holder,
        };
}

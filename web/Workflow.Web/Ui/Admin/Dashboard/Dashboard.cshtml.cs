using Workflow.Casework.Application;
using Workflow.Engine.Ports;
using Workflow.Web.Casework;
using Workflow.Web.Queries;

namespace Workflow.Web.Ui.Admin.Dashboard;

/// <summary>
/// <c>/admin/dashboard</c>: charts over the newest cases the administrator may see (at most <see cref="CaseLimit"/>), drawn as inline SVG on the
/// server, and the overdue open tasks. The count of cases looked at is shown, so a partial picture says so.
/// </summary>
public sealed class DashboardModel(
    CallerResolver callers,
    WorkflowQueries queries,
    IDefinitionCatalog catalog,
    CaseworkDirectory directory,
    IWorkingCalendar calendar,
    SupervisionService supervision) : AdminPageModel(callers)
{
    public const int CaseLimit = 1000;

    /// <summary>The most overdue steps listed.</summary>
    public const int OverdueLimit = 200;

    public int CaseCount { get; private set; }

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public IReadOnlyList<OverdueTask> Overdue { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An administrator of a district sees that district's figures, and child-protection cases only where the policy
        // lets them: the scope is part of the query, so no figure counts a case the reader may not see.
        var cases = await queries.InstancesAsync(Caller.Scope, 0, CaseLimit, cancellationToken);
        CaseCount = cases.Count;
        Charts =
        [
            DashboardFigures.CasesByItem(cases, ItemName),
            DashboardFigures.OnTimeByTownship(cases, DivisionName),
            DashboardFigures.AverageWorkingDays(cases, calendar),
        ];
        // Overdue steps are read by deadline in the reader's scope, not from the newest cases: the oldest are the latest.
        var late = await supervision.ListAsync(Caller, 0, OverdueLimit, cancellationToken);
        Overdue = late.Tasks.Where(t => t.State == "overdue")
            .Select(t => new OverdueTask(t.InstanceId, t.TaskId, t.DefinitionId, t.Title, t.DivisionCode, t.DueAt, -t.RemainingWorkingDays))
            .ToList();
    }

    public string ItemName(string definitionId) => catalog.Find(definitionId, null)?.Name ?? definitionId;

    public string DivisionName(string code) => directory.Organisation.FindDivision(code)?.Name ?? code;
}

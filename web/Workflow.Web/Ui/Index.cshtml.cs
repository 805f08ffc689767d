using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework;
using Workflow.Casework.Application.Lists;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui;

/// <summary>
/// 案件查询 (<c>/?caseNumber=&amp;applicant=&amp;item=&amp;status=&amp;division=&amp;from=&amp;to=&amp;dueFrom=&amp;dueTo=&amp;page=</c>, <see cref="ListFilterForm"/>): the cases the signed-in
/// person may see that match the filter, a page at a time, newest first (<see cref="CaseList"/>: scope and filter are
/// one SQL query), with an Excel export of every page of the same filter.
/// </summary>
public sealed class IndexModel(CaseList cases, IDefinitionCatalog catalog, Names names) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ListFilterForm Filter { get; set; } = new();

    /// <summary>The divisions the list may be narrowed to, by name.</summary>
    public IReadOnlyList<(string Code, string Name)> Divisions { get; private set; } = [];

    public CaseListPage? Result { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public IReadOnlyList<InstanceView> Instances => Result?.Cases ?? [];

    /// <summary>The published items for the filter, by name.</summary>
    public IReadOnlyList<(string Id, string Name)> Items =>
        catalog.All().Select(d => d.DefinitionId).Distinct().Select(id => (id, names.Item(id))).OrderBy(i => i.Item1, StringComparer.Ordinal).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        Divisions = names.DivisionsSeenBy(caller);
        var outcome = await cases.SearchAsync(caller, Filter.ToCaseQuery(), cancellationToken);
        Result = outcome.Value;
        Errors = outcome.Errors ?? [];
    }

    /// <summary>Who handles an open task, in names: the person holding it, else the department or the post and its office.</summary>
    public string HandlerName(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Holder is { } holder)
        {
            return names.User(holder);
        }
        return task.Assignee.DepartmentCode is { } department
            ? names.Department(department)
            : $"{names.Division(task.Assignee.DivisionCode)}{task.Assignee.Post}";
    }

    public ListPager Pager => new(Result!.Paging.Page, Result.Pages, Result.Total, n => Filter.Link("/", n));

    /// <summary>The export of the same filter, all pages.</summary>
    public string ExportHref => Filter.Link("/api/exports/cases", null);
}

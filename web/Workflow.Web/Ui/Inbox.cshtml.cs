using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework;
using Workflow.Casework.Application.Lists;
using Workflow.Engine.Ports;
using Workflow.Web.Queries;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui;

/// <summary>
/// <c>/inbox?tab=todo|done|cc|overdue&amp;caseNumber=&amp;applicant=&amp;item=&amp;division=&amp;from=&amp;to=&amp;dueFrom=&amp;dueTo=&amp;page=&amp;pageSize=</c>
/// (<see cref="ListFilterForm"/>): the
/// officer's tasks in four tabs with counts, searched and paged in SQL (<see cref="InboxList"/>): the who-may-act rule,
/// the scope and the filter are one query; the dates are the case's 受理 days (Beijing time).
/// </summary>
public sealed class InboxModel(InboxList inbox, IDefinitionCatalog catalog, Names names, IWorkingCalendar calendar, TimeProvider time) : PageModel
{
    public static IReadOnlyList<(InboxBox Tab, string Key, string Name)> Tabs => InboxTabs.All;

    [BindProperty(SupportsGet = true)]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public ListFilterForm Filter { get; set; } = new();

    /// <summary>The divisions the inbox may be narrowed to, by name.</summary>
    public IReadOnlyList<(string Code, string Name)> Divisions { get; private set; } = [];

    public InboxBox Current { get; private set; }

    public InboxListPage? Result { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public int Count(InboxBox tab) => Result?.Counts.GetValueOrDefault(tab) ?? 0;

    /// <summary>The published items for the filter, by name.</summary>
    public IReadOnlyList<(string Id, string Name)> Items =>
        catalog.All().Select(d => d.DefinitionId).Distinct().Select(id => (id, names.Item(id))).OrderBy(i => i.Item1, StringComparer.Ordinal).ToList();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        Current = InboxTabs.Find(Tab) ?? InboxBox.ToDo;
        Divisions = names.DivisionsSeenBy(caller);
        var outcome = await inbox.SearchAsync(caller, Current, Filter.ToCaseQuery(), cancellationToken);
        Result = outcome.Value;
        Errors = outcome.Errors ?? [];
        var reader = new InboxReader(names, calendar);
        var now = time.GetUtcNow();
        Rows = Result?.Rows.Select(r => reader.Row(r, now)).ToList() ?? [];
    }

    public string Key => InboxTabs.KeyOf(Current);

    public string TabHref(string key) => Filter.Link("/inbox", null, ("tab", key));

    public ListPager Pager => new(Result!.Paging.Page, Result.Pages, Result.Total, n => Filter.Link("/inbox", n, ("tab", Key)));
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using System.Globalization;
using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;
using Workflow.Web.Accounts;
using Workflow.Web.Queries;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui;

/// <summary>
/// <c>/inbox?tab=todo|done|cc|overdue&amp;item=dibao&amp;division=500113102001&amp;due=2026-05-01</c>: the officer's
/// tasks in four tabs with counts, filtered by item (definition), division (subtree) and deadline (on or before).
/// </summary>
public sealed class InboxModel(WorkflowQueries queries, IInboxQueries inbox, IDefinitionCatalog catalog, IWorkingCalendar calendar, TimeProvider time) : PageModel
{
    public static readonly IReadOnlyList<(InboxTab Tab, string Key, string Name)> Tabs =
    [
        (InboxTab.Todo, "todo", "待办"),
        (InboxTab.Done, "done", "已办"),
        (InboxTab.Copied, "cc", "抄送"),
        (InboxTab.Overdue, "overdue", "超期"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Item { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Division { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Due { get; set; }

    public InboxTab Current { get; private set; }

    public IReadOnlyDictionary<InboxTab, int> Counts { get; private set; } = new Dictionary<InboxTab, int>();

    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    /// <summary>The items (definitions) and divisions that occur in the tabs, for the filter lists.</summary>
    public IReadOnlyList<(string Id, string Name)> Items { get; private set; } = [];

    public IReadOnlyList<string> Divisions { get; private set; } = [];

    public string? FilterError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        Current = Tabs.Where(t => t.Key == Tab).Select(t => t.Tab).DefaultIfEmpty(InboxTab.Todo).First();
        var tabs = await new InboxReader(queries, inbox, catalog, calendar).ReadAsync(caller, time.GetUtcNow(), cancellationToken);
        Counts = tabs.ToDictionary(t => t.Key, t => t.Value.Count);
        var all = tabs.Values.SelectMany(r => r).ToList();
        Items = all.Where(r => r.DefinitionId is not null).Select(r => (r.DefinitionId!, r.DefinitionName ?? r.DefinitionId!))
            .Distinct().OrderBy(i => i.Item1, StringComparer.Ordinal).ToList();
        Divisions = all.Select(r => r.DivisionCode).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

        IEnumerable<InboxRow> rows = tabs[Current];
        if (!string.IsNullOrWhiteSpace(Item))
        {
            rows = rows.Where(r => r.DefinitionId == Item);
        }
        if (!string.IsNullOrWhiteSpace(Division))
        {
            rows = rows.Where(r => DivisionCode.AnyContains([Division.Trim()], r.DivisionCode));
        }
        if (!string.IsNullOrWhiteSpace(Due))
        {
            if (DateOnly.TryParseExact(Due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var end = ChinaTime.EndOf(day);
                rows = rows.Where(r => r.DueAt is { } due && due <= end);
            }
            else
            {
                FilterError = "截止日期格式应为 年-月-日，例如 2026-05-01。";
            }
        }
        Rows = rows.ToList();
    }

    public string TabHref(string key) => "/inbox" + QueryString.Create(new Dictionary<string, string?>
    {
        ["tab"] = key,
        ["item"] = Blank(Item),
        ["division"] = Blank(Division),
        ["due"] = Blank(Due),
    }.Where(p => p.Value is not null)).ToUriComponent();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

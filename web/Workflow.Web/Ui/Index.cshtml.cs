using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Accounts;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Queries;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui;

/// <summary>The case list: the newest cases the signed-in person may see, with their open tasks.</summary>
public sealed class IndexModel(WorkflowQueries queries) : PageModel
{
    /// <summary>The page looks at this many of the newest cases.</summary>
    public const int CaseLimit = 200;

    public IReadOnlyList<InstanceView> Instances { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        var all = await queries.InstancesAsync(CaseLimit, cancellationToken).ConfigureAwait(false);
        Instances = all.Where(i => CaseAccess.Sees(caller, i)).ToList();
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Web.Accounts;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Queries;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui;

/// <summary>The case list: the newest cases the signed-in person may see (the scope is part of the query), with their open tasks.</summary>
public sealed class IndexModel(WorkflowQueries queries) : PageModel
{
    public IReadOnlyList<InstanceView> Instances { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        var page = await queries.InstancesAsync(caller.Scope, 0, queries.PageSize, cancellationToken).ConfigureAwait(false);
        Instances = page.Select(i => CaseAccess.For(caller, i)).OfType<InstanceView>().ToList();
    }
}

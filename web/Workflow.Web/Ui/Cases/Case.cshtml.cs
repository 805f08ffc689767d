using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Engine.Ports;
using Workflow.Web.Accounts;
using Workflow.Web.Queries;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Cases;

/// <summary><c>/cases/{instanceId}</c>: one case with all its tasks, the flowchart and the timeline; printable on A4.</summary>
public sealed class CaseModel(WorkflowQueries queries, IDefinitionCatalog catalog) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (await CaseDetails.LoadAsync(instanceId, UserScope.CallerOf(HttpContext), queries, catalog, cancellationToken) is not { } details)
        {
            return NotFound();
        }
        Case = details;
        return Page();
    }
}

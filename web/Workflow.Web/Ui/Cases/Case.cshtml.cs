using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Application.Evidence;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Web.Accounts;
using Workflow.Web.Queries;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Cases;

/// <summary><c>/cases/{instanceId}</c>: one case with all its tasks, its attachments (opened in the browser), the flowchart, the timeline and the ledger entries it created; printable on A4.</summary>
public sealed class CaseModel(WorkflowQueries queries, IDefinitionCatalog catalog, LedgerService ledger, CaseEvidenceReader evidence, Names names) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;

    /// <summary>The application's attachments (opened in the browser) and the rest of the evidence.</summary>
    public CaseEvidence Evidence { get; private set; } = null!;

    /// <summary>The benefits-ledger entries this case created (none for most cases).</summary>
    public IReadOnlyList<LedgerEntryView> Ledger { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string instanceId, CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        if (await CaseDetails.LoadAsync(instanceId, caller, queries, catalog, cancellationToken, names) is not { } details)
        {
            return NotFound();
        }
        Case = details;
        Evidence = await evidence.ReadAsync(caller, details.Instance, cancellationToken).ConfigureAwait(false);
        Ledger = (await ledger.ByCaseAsync(caller, instanceId, cancellationToken).ConfigureAwait(false)).Value?.Entries ?? [];
        Case = details with { Timeline = Timeline.WithGrants(details.Timeline, Ledger) };
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Application.Operations;
using Workflow.Casework.Application.Evidence;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Web.Accounts;
using Workflow.Web.Queries;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Cases;

/// <summary>
/// <c>/cases/{instanceId}</c>: one case with all its tasks, its attachments (opened in the browser), the flowchart, the
/// timeline and the ledger entries it created; printable on A4. The case's own operations are in <c>Case.Operations.cs</c>.
/// </summary>
public sealed partial class CaseModel(
    WorkflowQueries queries,
    IDefinitionCatalog catalog,
    LedgerService ledger,
    PaymentService payments,
    CaseEvidenceReader evidence,
    Names names,
    WorkflowExecutor commands,
    OperationOffers offers) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;

    /// <summary>The application's attachments (opened in the browser) and the rest of the evidence.</summary>
    public CaseEvidence Evidence { get; private set; } = null!;

    /// <summary>The benefits-ledger entries this case created (none for most cases).</summary>
    public IReadOnlyList<LedgerEntryView> Ledger { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string instanceId, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(instanceId, cancellationToken))
        {
            return NotFound();
        }
        ShowDone(done);
        return Page();
    }

    private async Task<bool> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        if (await CaseDetails.LoadAsync(instanceId, caller, queries, catalog, cancellationToken, names) is not { } details)
        {
            return false;
        }
        Case = details;
        Evidence = await evidence.ReadAsync(caller, details.Instance, cancellationToken).ConfigureAwait(false);
        Ledger = (await ledger.ByCaseAsync(caller, instanceId, cancellationToken).ConfigureAwait(false)).Value?.Entries ?? [];
        var paid = await payments.OfCaseAsync(caller, details.Instance, cancellationToken).ConfigureAwait(false);
        Case = details with { Timeline = Timeline.WithPayments(Timeline.WithGrants(details.Timeline, Ledger), paid, names.User) };
        Offers = await offers.ForCaseAsync(caller, details.Instance, cancellationToken).ConfigureAwait(false);
        RequestKey = Guid.NewGuid().ToString("N");
        return true;
    }
}

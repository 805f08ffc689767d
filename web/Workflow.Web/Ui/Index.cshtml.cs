using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Queries;

namespace Workflow.Web.Ui;

/// <summary>The start page: published definitions and the newest cases with their open tasks.</summary>
public sealed class IndexModel(WorkflowQueries queries) : PageModel
{
    /// <summary>The page lists this many of the newest cases.</summary>
    public const int CaseLimit = 50;

    public IReadOnlyList<DefinitionSummary> Definitions { get; private set; } = [];

    public IReadOnlyList<InstanceView> Instances { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Definitions = queries.Definitions();
        Instances = await queries.InstancesAsync(CaseLimit, cancellationToken).ConfigureAwait(false);
    }
}

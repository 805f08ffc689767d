using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application.Views;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Queries;
using Workflow.Web.Security;

namespace Workflow.Web.Ui;

/// <summary><c>/definitions</c>: each published definition with its versions, newest first, and the Elsa JSON export (administrators).</summary>
[Authorize(Policy = AccessPolicies.Administrator)]
public sealed class DefinitionsModel(WorkflowQueries queries) : PageModel
{
    public IReadOnlyList<IGrouping<string, DefinitionSummary>> Definitions { get; private set; } = [];

    public void OnGet() =>
        Definitions = queries.Definitions().GroupBy(d => d.DefinitionId, StringComparer.Ordinal).ToList();
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Queries;

namespace Workflow.Web.Ui;

/// <summary>The start page: published definitions and every case with its open tasks.</summary>
public sealed class IndexModel(WorkflowQueries queries) : PageModel
{
    public IReadOnlyList<DefinitionSummary> Definitions { get; private set; } = [];

    public IReadOnlyList<InstanceView> Instances { get; private set; } = [];

    public void OnGet()
    {
        Definitions = queries.Definitions();
        Instances = queries.Instances();
    }
}

using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Web.Casework;
using Workflow.Web.Definitions;

namespace Workflow.Web.Ui.Admin.Definitions;

/// <summary>
/// <c>/admin/definitions/{id}/diff?from=N&amp;to=M</c>: what changed between two versions; a missing <c>to</c> (or
/// <c>from</c>) stands for the draft.
/// </summary>
public sealed class DiffModel(CallerResolver callers, DefinitionVersions versions) : AdminPageModel(callers)
{
    public string DefinitionId { get; private set; } = "";

    public string FromLabel { get; private set; } = "";

    public string ToLabel { get; private set; } = "";

    public DefinitionDiff Diff { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await versions.DiffAsync(id, from, to, cancellationToken) is not { } diff)
        {
            return NotFound();
        }
        DefinitionId = id;
        Diff = diff;
        FromLabel = Label(from);
        ToLabel = Label(to);
        return Page();
    }

    private static string Label(int? version) => version is { } v ? $"第 {v} 版" : "草稿";
}

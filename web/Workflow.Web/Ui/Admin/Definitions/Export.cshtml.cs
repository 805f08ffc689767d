using System.Text;
using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Web.Casework;
using Workflow.Web.Definitions;

namespace Workflow.Web.Ui.Admin.Definitions;

/// <summary><c>/admin/definitions/{id}/export?version=N</c>: a published version (or, without a version, the draft) as an Elsa 3 file.</summary>
public sealed class ExportModel(CallerResolver callers, DefinitionVersions versions) : AdminPageModel(callers)
{
    public async Task<IActionResult> OnGetAsync(string id, int? version, CancellationToken cancellationToken)
    {
        if (await versions.ExportAsync(id, version, cancellationToken) is not { } json)
        {
            return NotFound();
        }
        var name = $"{id}.{(version is { } v ? "v" + v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "draft")}.json";
        return File(Encoding.UTF8.GetBytes(json), "application/json; charset=utf-8", name);
    }
}

using System.Text;
using Microsoft.AspNetCore.Mvc;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Web.Casework;
using Workflow.Web.Security;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Editors;

/// <summary>
/// <c>/admin/organisation</c>: the divisions, departments, posts and users in force, and two ways to replace them,
/// both through <see cref="DocumentEditor"/> (validated whole, versioned, audited): the JSON document in a text
/// editor, or the four CSV files (a file not uploaded keeps its current content). Field errors are listed.
/// </summary>
[RequestSizeLimit(RequestSizeLimits.Documents)]
public sealed class OrganisationModel(CallerResolver callers, CaseworkDirectory directory, DocumentEditor editor) : DocumentEditorPage(callers)
{
    public Organisation Organisation => directory.Organisation;

    public IActionResult OnGetCsv(string file) =>
        OrganisationCsv.Write(directory.Organisation).TryGetValue(file ?? "", out var text)
            ? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "text/csv; charset=utf-8", file)
            : NotFound();

    public async Task<IActionResult> OnPostJsonAsync(long version, CancellationToken cancellationToken) =>
        Answer(await editor.SaveOrganisationAsync(Caller, version, OrganisationJson.Read(Json ?? ""), cancellationToken));

    public async Task<IActionResult> OnPostCsvAsync(long version, IFormFileCollection files, CancellationToken cancellationToken)
    {
        var current = OrganisationCsv.Write(directory.Organisation).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Length > 0))
        {
            if (!current.ContainsKey(file.Name))
            {
                continue;
            }
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            current[file.Name] = await reader.ReadToEndAsync(cancellationToken);
        }
        return Answer(await editor.SaveOrganisationAsync(Caller, version, OrganisationCsv.Read(current), cancellationToken), keepTyped: false);
    }

    protected override string PagePath => "/admin/organisation";

    protected override string DocumentName => "组织机构";

    protected override (long Version, string Json) Current() => (directory.OrganisationVersion, OrganisationJson.Write(directory.Organisation));
}

using System.Text;
using Microsoft.AspNetCore.Mvc;
using Workflow.Casework;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Editors;

/// <summary>
/// <c>/admin/organisation</c>: the divisions, departments, posts and users in force, and two ways to replace them,
/// both through <see cref="DocumentEditor"/> (validated whole, versioned, audited): the JSON document in a text
/// editor, or the four CSV files (a file not uploaded keeps its current content). Field errors are listed.
/// </summary>
public sealed class OrganisationModel(CallerResolver callers, CaseworkDirectory directory, DocumentEditor editor) : AdminPageModel(callers)
{
    public Organisation Organisation => directory.Organisation;

    public long Version { get; private set; }

    [BindProperty]
    public string? Json { get; set; }

    public MessageBox? Message { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public void OnGet(bool saved)
    {
        Load();
        if (saved)
        {
            Message = new MessageBox("已保存", $"组织机构已更新为第 {Version} 版。", MessageBox.Success);
        }
    }

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
        return Answer(await editor.SaveOrganisationAsync(Caller, version, OrganisationCsv.Read(current), cancellationToken), keepJson: false);
    }

    private IActionResult Answer(CaseworkOutcome<long> outcome, bool keepJson = true)
    {
        if (outcome.Value is > 0 && outcome.Rejection is null && outcome.Errors is not { Count: > 0 })
        {
            return Redirect("/admin/organisation?saved=true");
        }
        var typed = Json;
        Load();
        if (keepJson)
        {
            Json = typed;
        }
        Errors = outcome.Errors ?? [];
        Message = outcome.Rejection is { } rejection
            ? AdminMessages.From(rejection, "保存失败")
            : new MessageBox("未保存", $"有 {Errors.Count} 处错误，请修改后重新保存；组织机构没有任何改动。", MessageBox.Error);
        return Page();
    }

    private void Load()
    {
        Version = directory.OrganisationVersion;
        Json = OrganisationJson.Write(directory.Organisation);
    }
}

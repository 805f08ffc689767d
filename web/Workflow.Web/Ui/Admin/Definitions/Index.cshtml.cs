using System.Text;
using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Web.Casework;
using Workflow.Web.Definitions;
using Workflow.Web.Security;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Definitions;

/// <summary>
/// <c>/admin/definitions</c>: every definition with its published versions and its draft, links to the designer, the
/// diff and the exports; a form to start a new definition and one to import an Elsa 3 file as a draft.
/// </summary>
[RequestSizeLimit(RequestSizeLimits.Files)]
public sealed class IndexModel(CallerResolver callers, DefinitionVersions versions) : AdminPageModel(callers)
{
    /// <summary>Elsa files are at most 2 MB (the reader's limit).</summary>
    private const long MaxImportBytes = Workflow.Engine.Serialization.DefinitionReader.MaxFileBytes;

    public IReadOnlyList<DefinitionListing> Definitions { get; private set; } = [];

    public MessageBox? Message { get; private set; }

    public IReadOnlyList<DefinitionProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(string? imported, CancellationToken cancellationToken)
    {
        if (imported is not null)
        {
            Message = new MessageBox("已导入为草稿", $"流程 {imported} 的草稿已保存，可在设计器中修改后发布。", MessageBox.Success);
        }
        Definitions = await versions.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? definitionId, string? name, CancellationToken cancellationToken)
    {
        var result = await versions.CreateAsync(Caller, definitionId?.Trim() ?? "", name ?? "", cancellationToken);
        if (result.Rejection is { } rejection)
        {
            Message = AdminMessages.From(rejection, "无法新建流程");
            Definitions = await versions.ListAsync(cancellationToken);
            return Page();
        }
        return Redirect($"/admin/definitions/{Uri.EscapeDataString(result.DefinitionId)}/designer");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > MaxImportBytes)
        {
            Message = new MessageBox("请选择文件", "请选择一个不超过 2 MB 的 Elsa 3 流程定义 JSON 文件。", MessageBox.Error);
            Definitions = await versions.ListAsync(cancellationToken);
            return Page();
        }
        string json;
        using (var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8))
        {
            json = await reader.ReadToEndAsync(cancellationToken);
        }
        var result = await versions.ImportAsync(Caller, json, cancellationToken);
        if (result.Rejection is { } rejection)
        {
            Message = AdminMessages.From(rejection, "导入失败");
            Problems = result.Problems;
            Definitions = await versions.ListAsync(cancellationToken);
            return Page();
        }
        return Redirect($"/admin/definitions?imported={Uri.EscapeDataString(result.DefinitionId)}");
    }
}

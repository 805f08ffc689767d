using Microsoft.AspNetCore.Mvc;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Editors;

/// <summary>
/// What the organisation and routing editors share: the versioned document shown as JSON, and one way to answer a
/// save — back to the page with "saved", or the page again with the field errors or the refusal and the text as typed.
/// </summary>
public abstract class DocumentEditorPage(CallerResolver callers) : AdminPageModel(callers)
{
    public long Version { get; private set; }

    [BindProperty]
    public string? Json { get; set; }

    public MessageBox? Message { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    /// <summary>The page's own address, where a successful save returns.</summary>
    protected abstract string PagePath { get; }

    /// <summary>What the document is called in messages (组织机构, 审批权限).</summary>
    protected abstract string DocumentName { get; }

    /// <summary>The document in force and its version.</summary>
    protected abstract (long Version, string Json) Current();

    protected virtual string SavedText(long version) => $"{DocumentName}已更新为第 {version} 版。";

    public void OnGet(bool saved)
    {
        Load();
        if (saved)
        {
            Message = new MessageBox("已保存", SavedText(Version), MessageBox.Success);
        }
    }

    protected IActionResult Answer(CaseworkOutcome<long> outcome, bool keepTyped = true)
    {
        if (outcome.Value is > 0 && outcome.Rejection is null && outcome.Errors is not { Count: > 0 })
        {
            return Redirect(PagePath + "?saved=true");
        }
        var typed = Json;
        Load();
        if (keepTyped)
        {
            Json = typed ?? Json;
        }
        Errors = outcome.Errors ?? [];
        Message = outcome.Rejection is { } rejection
            ? AdminMessages.From(rejection, "保存失败")
            : new MessageBox("未保存", $"有 {Errors.Count} 处错误，请修改后重新保存；{DocumentName}没有任何改动。", MessageBox.Error);
        return Page();
    }

    private void Load() => (Version, Json) = Current();
}

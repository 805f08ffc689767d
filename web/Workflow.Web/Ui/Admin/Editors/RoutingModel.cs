using Microsoft.AspNetCore.Mvc;
using Workflow.Casework;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Editors;

/// <summary>
/// <c>/admin/routing</c>: who decides each service item in each jurisdiction. A row's deciding level can be switched
/// (乡镇审核确认 when the power is delegated to the township, else 区县审核确认), or the whole rule set edited as JSON;
/// both go through <see cref="DocumentEditor.SaveRoutingAsync"/>.
/// </summary>
public sealed class RoutingModel(CallerResolver callers, CaseworkDirectory directory, DocumentEditor editor) : AdminPageModel(callers)
{
    public IReadOnlyList<ServiceRoutingRule> Rules => directory.Routing.Rules;

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
            Message = new MessageBox("已保存", $"审批权限已更新为第 {Version} 版，新受理的案件按新规则流转。", MessageBox.Success);
        }
    }

    public async Task<IActionResult> OnPostJsonAsync(long version, CancellationToken cancellationToken) =>
        Answer(await editor.SaveRoutingAsync(Caller, version, Json ?? "", cancellationToken));

    public async Task<IActionResult> OnPostDecidingAsync(long version, int index, string level, CancellationToken cancellationToken)
    {
        var rules = directory.Routing.Rules.ToList();
        if (index < 0 || index >= rules.Count)
        {
            return NotFound();
        }
        rules[index] = rules[index] with { DecidingLevel = level ?? "" };
        var typed = Json;
        var result = await editor.SaveRoutingAsync(Caller, version, RoutingRulesJson.Write(rules), cancellationToken);
        Json = typed;
        return Answer(result);
    }

    private IActionResult Answer(CaseworkOutcome<long> outcome)
    {
        if (outcome.Value is > 0 && outcome.Rejection is null && outcome.Errors is not { Count: > 0 })
        {
            return Redirect("/admin/routing?saved=true");
        }
        var typed = Json;
        Load();
        Json = typed ?? Json;
        Errors = outcome.Errors ?? [];
        Message = outcome.Rejection is { } rejection
            ? AdminMessages.From(rejection, "保存失败")
            : new MessageBox("未保存", $"有 {Errors.Count} 处错误，请修改后重新保存；审批权限没有任何改动。", MessageBox.Error);
        return Page();
    }

    private void Load()
    {
        Version = directory.RoutingVersion;
        Json = RoutingRulesJson.Write(directory.Routing.Rules);
    }
}

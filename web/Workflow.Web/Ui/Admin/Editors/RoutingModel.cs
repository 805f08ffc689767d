using Microsoft.AspNetCore.Mvc;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Web.Casework;
using Workflow.Web.Security;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Editors;

/// <summary>
/// <c>/admin/routing</c>: who decides each service item in each jurisdiction. A row's deciding level can be switched
/// (乡镇审核确认 when the power is delegated to the township, else 区县审核确认), or the whole rule set edited as JSON;
/// both go through <see cref="DocumentEditor.SaveRoutingAsync"/>.
/// </summary>
[RequestSizeLimit(RequestSizeLimits.Documents)]
public sealed class RoutingModel(CallerResolver callers, CaseworkDirectory directory, DocumentEditor editor) : DocumentEditorPage(callers)
{
    public IReadOnlyList<ServiceRoutingRule> Rules => directory.Routing.Rules;

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
        var result = await editor.SaveRoutingAsync(Caller, version, RoutingRulesJson.Write(rules, directory.Routing.Inbound), cancellationToken);
        Json = typed;
        return Answer(result);
    }

    protected override string PagePath => "/admin/routing";

    protected override string DocumentName => "审批权限";

    protected override string SavedText(long version) => $"审批权限已更新为第 {version} 版，新受理的案件按新规则流转。";

    protected override (long Version, string Json) Current() => (directory.RoutingVersion, RoutingRulesJson.Write(directory.Routing));
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Web.Casework;
using Workflow.Web.Definitions;
using Workflow.Web.Security;
using Workflow.Engine.Persistence.DefinitionDocuments;

namespace Workflow.Web.Ui.Admin.Definitions;

/// <summary>
/// <c>/admin/definitions/{id}/designer</c>: the visual designer (<c>wwwroot/js/admin/designer.js</c>) on the draft, or
/// on the latest version when there is no draft. Its buttons post the whole Elsa 3 document as JSON to the handlers
/// here, with the anti-forgery token in a header; answers are JSON with the validation problems by activity.
/// </summary>
[RequestSizeLimit(RequestSizeLimits.Files)]
public sealed class DesignerModel(CallerResolver callers, DefinitionVersions versions) : AdminPageModel(callers)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public string DefinitionId { get; private set; } = "";

    public string DocumentJson { get; private set; } = "";

    /// <summary>The definition's Chinese name from its document, or its id when the document has none.</summary>
    public string DefinitionName { get; private set; } = "";

    public DefinitionDocument? Draft { get; private set; }

    public int LatestVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await versions.WorkingCopyAsync(id, cancellationToken) is not { } copy)
        {
            return NotFound();
        }
        DefinitionId = id;
        DocumentJson = copy.Json;
        DefinitionName = NameOf(copy.Json) ?? id;
        Draft = copy.Draft;
        LatestVersion = (await versions.ListAsync(cancellationToken)).FirstOrDefault(d => d.DefinitionId == id)?.LatestVersion ?? 0;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        var json = await ReadBodyAsync(cancellationToken);
        return Answer(await versions.SaveDraftAsync(Caller, id, json, cancellationToken));
    }

    public async Task<IActionResult> OnPostPublishAsync(string id, CancellationToken cancellationToken)
    {
        // The designer saves first, so what is published is what is on the screen.
        var json = await ReadBodyAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(json))
        {
            var saved = await versions.SaveDraftAsync(Caller, id, json, cancellationToken);
            if (saved.Rejection is not null)
            {
                return Answer(saved);
            }
        }
        return Answer(await versions.PublishAsync(Caller, id, cancellationToken));
    }

    public async Task<IActionResult> OnPostSimulateAsync(string id, CancellationToken cancellationToken)
    {
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(await ReadBodyAsync(cancellationToken)) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body?["document"] is not JsonObject document)
        {
            return new JsonResult(new { title = "请求无效", detail = "模拟需要 document（流程定义）和 decisions（各环节的办理结果）。" }, Web) { StatusCode = 400 };
        }
        var decisions = (body["decisions"] as JsonObject ?? [])
            .Where(p => p.Value is JsonValue v && v.TryGetValue<string>(out _))
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
        return new JsonResult(await versions.SimulateAsync(document.ToJsonString(), decisions, cancellationToken), Web);
    }

    private static string? NameOf(string json)
    {
        try
        {
            return JsonNode.Parse(json)?["name"] is JsonValue v && v.TryGetValue<string>(out var name) && !string.IsNullOrWhiteSpace(name) ? name : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<string> ReadBodyAsync(CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(Request.Body);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static JsonResult Answer(DefinitionSaveResult result)
    {
        if (result.Rejection is { } rejection)
        {
            var message = AdminMessages.From(rejection, "操作失败");
            return new JsonResult(new { title = message.Title, detail = message.Detail, problems = result.Problems }, Web)
            {
                StatusCode = AdminMessages.StatusOf(rejection),
            };
        }
        return new JsonResult(new { definitionId = result.DefinitionId, version = result.Version, problems = result.Problems }, Web);
    }
}

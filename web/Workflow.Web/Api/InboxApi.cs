using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Lists;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Queries;

namespace Workflow.Web.Api;

/// <summary>
/// The officer's inbox: <c>GET /api/inbox</c> is the inbox page's search (one set of parameters,
/// <see cref="SearchParameters"/>). Its tabs' counts are the badges, and its 待办 and 抄送 tabs are the caller's own
/// tasks and copies: the who-may-act rule is the inbox search's alone (<c>InboxSearchSql.MayActCondition</c>).
/// </summary>
public static class InboxApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inbox");
        api.MapGet("/", ListAsync);
        return api;
    }

    /// <summary>The only query parameters <c>GET /api/inbox</c> takes: the inbox page's (<c>/inbox</c>).</summary>
    public static IReadOnlyList<string> SearchParameters { get; } =
        ["box", "caseNumber", "applicant", "item", "division", "from", "to", "dueFrom", "dueTo", "page", "pageSize"];

    /// <summary>
    /// <c>GET /api/inbox?box=todo|done|cc|overdue&amp;caseNumber=&amp;applicant=&amp;item=&amp;division=&amp;from=&amp;to=&amp;dueFrom=&amp;dueTo=&amp;page=&amp;pageSize=</c>:
    /// the inbox page as JSON (<see cref="InboxList"/>: who may act, the scope and the filter in one query). Any other
    /// parameter, an unknown tab, a page that is not a number or a bad code or date is a 400 with Chinese field errors.
    /// </summary>
    public static async Task<Results<Ok<InboxSearchAnswer>, ProblemHttpResult>> ListAsync(HttpContext http, CallerResolver callers, InboxList inbox,
        CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var query = http.Request.Query;
        var errors = query.Keys.Where(k => !SearchParameters.Contains(k, StringComparer.OrdinalIgnoreCase))
            .Select(k => (k, $"不支持查询参数“{k}”：待办查询只接受 {string.Join("、", SearchParameters)}。")).ToList();
        var box = Blank(query["box"]) is { } key ? InboxTabs.Find(key) : InboxBox.ToDo;
        if (box is null)
        {
            errors.Add(("box", "待办分类应为 todo（待办）、done（已办）、cc（抄送）或 overdue（超期）。"));
        }
        var page = Number(query["page"], "page", "页码", errors);
        var pageSize = Number(query["pageSize"], "pageSize", "每页条数", errors);
        if (errors.Count > 0)
        {
            return RejectionProblemDetails.InvalidFields(errors);
        }
        var filter = new CaseListQuery(query["caseNumber"], query["applicant"], query["item"], null, query["from"], query["to"], page, pageSize,
            query["division"], query["dueFrom"], query["dueTo"]);
        var outcome = await inbox.SearchAsync(caller, box!.Value, filter, cancellationToken).ConfigureAwait(false);
        if (outcome.Value is not { } found)
        {
            return RejectionProblemDetails.InvalidFields((outcome.Errors ?? []).Select(e => (e.Field, e.Message)));
        }
        return TypedResults.Ok(InboxSearchAnswer.From(InboxTabs.KeyOf(box.Value), found));
    }

    private static int? Number(string? text, string field, string label, List<(string, string)> errors)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        errors.Add((field, $"{label}应为正整数。"));
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

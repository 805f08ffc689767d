using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Queries;

namespace Workflow.Web.Api;

/// <summary>
/// Officers' inboxes: open tasks only, each query served by an index of its own. Exactly one selector is given:
/// <c>assignee</c> ("my tasks"), <c>department</c> (a department's referrals), <c>post</c> with <c>division</c> (the
/// post's unclaimed tasks in those offices; comma-separated, exact 12-digit codes), or <c>overdue=true</c>.
/// </summary>
public static class InboxApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapInboxApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/inbox");
        api.MapGet("/", ListAsync);
        api.MapGet("/count", CountAsync);
        api.MapGet("/mine", MineAsync);
        return api;
    }

    /// <summary><c>GET /api/inbox?post=民政办&amp;division=500113102000</c> (or <c>assignee=</c>, <c>department=</c>, <c>overdue=true</c>).</summary>
    public static async Task<Results<Ok<IReadOnlyList<InboxItem>>, ProblemHttpResult>> ListAsync(
        string? assignee, string? department, string? post, string? division, bool? overdue, int? limit,
        HttpContext http, CallerResolver callers, WorkflowQueries queries, TimeProvider time, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var (a, d, p) = (Blank(assignee), Blank(department), Blank(post));
        var selectors = (a is null ? 0 : 1) + (d is null ? 0 : 1) + (p is null ? 0 : 1) + (overdue == true ? 1 : 0);
        if (selectors != 1)
        {
            return Rejection.Invalid("Expected exactly one of assignee, department, post or overdue=true, but got " + selectors + ".", "inbox").ToProblem();
        }
        var divisions = Divisions(division);
        if (p is not null && divisions.Count == 0)
        {
            return Rejection.Invalid("Expected the offices of the post as division=code[,code], but none were given.", "division").ToProblem();
        }
        if (limit is < 1 or > MaxLimit)
        {
            return Rejection.Invalid($"Expected a limit from 1 to {MaxLimit}, but got {limit}.", "limit").ToProblem();
        }
        // Scope is enforced here, in the query, not only in the pages: another person's, department's or office's
        // inbox is answered as if it did not exist.
        if ((a is not null && a != caller.Id && !caller.IsAdministrator)
            || (d is not null && !caller.ActsFor(d) && !caller.IsAdministrator)
            || divisions.Any(x => !caller.Sees(x)))
        {
            return CallerEndpoint.NotFound("inbox", a ?? d ?? string.Join(",", divisions));
        }
        // The caller's scope is part of the query: a department's referrals in another district, and a child-protection
        // case the policy hides from them, are never read, so the limit counts only what they may see.
        var shown = await queries.InboxAsync(new InboxQuery(a, d, p, divisions, limit ?? DefaultLimit), caller.Scope, time.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<InboxItem>>(shown);
    }

    /// <summary><c>GET /api/inbox/count?post=民政办&amp;division=500113102000</c>: the count badge.</summary>
    public static async Task<Results<Ok<InboxCount>, ProblemHttpResult>> CountAsync(
        string? post, string? division, HttpContext http, CallerResolver callers, WorkflowQueries queries, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        if (Blank(post) is not { } p)
        {
            return Rejection.Invalid("Expected a post, but none was given.", "post").ToProblem();
        }
        var divisions = Divisions(division);
        if (divisions.Count == 0)
        {
            return Rejection.Invalid("Expected the offices of the post as division=code[,code], but none were given.", "division").ToProblem();
        }
        if (divisions.Any(x => !caller.Sees(x)))
        {
            return CallerEndpoint.NotFound("inbox", string.Join(",", divisions));
        }
        var count = await queries.InboxCountAsync(p, divisions, caller.Scope, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new InboxCount(p, divisions, count));
    }

    /// <summary>
    /// <c>GET /api/inbox/mine?box=todo|cc</c>: the caller's own tasks by name (held, or claimable as a resolved
    /// candidate), or the tasks copied to them (抄送), read-only.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<InboxItem>>, ProblemHttpResult>> MineAsync(
        string? box, int? limit, HttpContext http, CallerResolver callers, Workflow.Engine.Ports.IInboxQueries inbox, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        Workflow.Engine.Ports.UserInbox? which = Blank(box)?.ToLowerInvariant() switch
        {
            null or "todo" => Workflow.Engine.Ports.UserInbox.ToDo,
            "cc" => Workflow.Engine.Ports.UserInbox.Copied,
            _ => null,
        };
        if (which is null)
        {
            return Rejection.Invalid($"Expected box todo or cc, but got '{box}'.", "box").ToProblem();
        }
        if (limit is < 1 or > MaxLimit)
        {
            return Rejection.Invalid($"Expected a limit from 1 to {MaxLimit}, but got {limit}.", "limit").ToProblem();
        }
        var rows = await inbox.ForUserAsync(caller.Id, which.Value, limit ?? DefaultLimit, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<InboxItem>>(rows.Select(InboxItem.From).ToList());
    }

    private static IReadOnlyList<string> Divisions(string? division) =>
        (division ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

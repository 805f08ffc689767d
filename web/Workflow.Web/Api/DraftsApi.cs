using Workflow.Casework.Application;
using Workflow.Casework.Application.Requests;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Casework;

namespace Workflow.Web.Api;

/// <summary>
/// Window drafts (暂存) over HTTP, each the caller's own (<see cref="IntakeDraftService"/>): list mine (masked, without
/// the form), save a new one, save over one, open one to resume (audited), discard one. Declared under the signed-in
/// group in Program.cs; another clerk's draft answers 404.
/// </summary>
public static class DraftsApi
{
    private const int ListLimit = 50;

    public static void MapDraftsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/window/drafts");
        api.MapGet("/", (HttpContext h, CallerResolver c, IntakeDraftService s, CancellationToken t) =>
            ApplicationsApi.Answer<IReadOnlyList<IntakeDraftRecord>>(h, c, async caller => new(await s.ListAsync(caller, ListLimit, t).ConfigureAwait(false))));
        api.MapPost("/", (ApplicationRequest form, HttpContext h, CallerResolver c, IntakeDraftService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.SaveAsync(caller, null, form, t)));
        api.MapPut("/{id}", (string id, ApplicationRequest form, HttpContext h, CallerResolver c, IntakeDraftService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.SaveAsync(caller, id, form, t)));
        api.MapGet("/{id}", (string id, HttpContext h, CallerResolver c, IntakeDraftService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.OpenAsync(caller, id, t)));
        api.MapDelete("/{id}", (string id, HttpContext h, CallerResolver c, IntakeDraftService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.DiscardAsync(caller, id, submitted: false, t)));
    }
}

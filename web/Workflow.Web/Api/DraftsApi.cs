using Workflow.Casework.Application;
using Workflow.Casework.Application.Requests;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Casework;

namespace Workflow.Web.Api;

/// <summary>
/// Window drafts (暂存) over HTTP, each the caller's own (<see cref="IntakeDraftService"/>): list mine (masked, without
/// the form), save a new one, save over one, open one to resume (audited), discard one. Declared under the signed-in
/// group in Program.cs; another clerk's draft answers 404 (the route names a draft, not an application, so the case
/// access matrix leaves it to DraftsApiTests).
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
        api.MapPut("/{draftId}", (string draftId, ApplicationRequest form, HttpContext h, CallerResolver c, IntakeDraftService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.SaveAsync(caller, draftId, form, t)));
        api.MapGet("/{draftId}", (string draftId, HttpContext h, CallerResolver c, IntakeDraftService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.OpenAsync(caller, draftId, t)));
        api.MapDelete("/{draftId}", (string draftId, HttpContext h, CallerResolver c, IntakeDraftService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.DiscardAsync(caller, draftId, submitted: false, t)));
    }
}

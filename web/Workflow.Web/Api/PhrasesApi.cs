using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Phrases;
using Workflow.Web.Casework;

namespace Workflow.Web.Api;

/// <summary>
/// 审批意见常用语 over HTTP (issue 12). Signed in: <c>GET /api/phrases</c> (what the decision form offers: one's own, then
/// one's offices'), <c>GET|POST /api/phrases/mine</c>, <c>DELETE /api/phrases/mine/{phraseId}</c>, and
/// <c>GET /api/phrases/offices/{division}</c> for someone holding a post there. Administrator: <c>POST</c> and
/// <c>DELETE /api/admin/phrases/{division}[/{phraseId}]</c> for a division in their area (<see cref="PhraseService"/>).
/// </summary>
public static class PhrasesApi
{
    public static void MapPhrasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/phrases");
        api.MapGet("/", (HttpContext h, CallerResolver c, PhraseService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, async caller => new CaseworkOutcome<IReadOnlyList<PhraseView>>(await s.OfferedAsync(caller, t))));
        api.MapGet("/mine", (HttpContext h, CallerResolver c, PhraseService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, async caller => new CaseworkOutcome<IReadOnlyList<PhraseView>>(await s.MineAsync(caller, t))));
        api.MapPost("/mine", (PhraseRequest r, HttpContext h, CallerResolver c, PhraseService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.AddMineAsync(caller, r.Text, t)));
        api.MapDelete("/mine/{phraseId}", (string phraseId, HttpContext h, CallerResolver c, PhraseService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.DeleteMineAsync(caller, phraseId, t)));
        api.MapGet("/offices/{division}", (string division, HttpContext h, CallerResolver c, PhraseService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.OfficeAsync(caller, division, t)));
    }

    /// <summary>An office's list is changed by an administrator of its area; declared on the administrator group.</summary>
    public static void MapPhrasesAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/phrases");
        api.MapPost("/{division}", (string division, PhraseRequest r, HttpContext h, CallerResolver c, PhraseService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.AddOfficeAsync(caller, division, r.Text, t)));
        api.MapDelete("/{division}/{phraseId}", (string division, string phraseId, HttpContext h, CallerResolver c, PhraseService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.DeleteOfficeAsync(caller, division, phraseId, t)));
    }
}

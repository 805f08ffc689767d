using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Casework;
using Workflow.Web.Security;

namespace Workflow.Web.Api;

/// <summary>
/// 一门受理 and 统一窗口出件 over HTTP: accept or refuse an application, read it (masked), its receipt, its combined
/// notice, reveal one personal field with a reason, attachments, payments and the casework audit.
/// </summary>
public static class ApplicationsApi
{
    public static void MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/applications");
        api.MapPost("/", AcceptAsync);
        api.MapGet("/", ListAsync);
        api.MapPost("/refusals", RefuseAsync);
        api.MapPost("/{id}/transfer", (string id, TransferRequest r, HttpContext h, CallerResolver c, EntitlementTransferService s, ApplicationViews v,
            CancellationToken t) => CreatedAsync(h, c, v, caller => s.TransferAsync(caller, id, r, t), t));
        api.MapGet("/{id}", (string id, HttpContext h, CallerResolver c, ApplicationViews s, CancellationToken t) =>
            Answer(h, c, caller => s.GetAsync(caller, id, t)));
        api.MapGet("/{id}/receipt", (string id, HttpContext h, CallerResolver c, ApplicationDocuments s, CancellationToken t) =>
            Answer(h, c, caller => s.ReceiptAsync(caller, id, t)));
        api.MapGet("/{id}/notice", (string id, HttpContext h, CallerResolver c, ApplicationDocuments s, CancellationToken t) =>
            Answer(h, c, caller => s.NoticeAsync(caller, id, t)));
        api.MapPost("/{id}/reveal", (string id, RevealRequest r, HttpContext h, CallerResolver c, RevealService s, CancellationToken t) =>
            Answer(h, c, caller => s.RevealAsync(caller, id, r, t)));
        api.MapGet("/{id}/audit", (string id, HttpContext h, CallerResolver c, AttachmentService s, CancellationToken t) =>
            Answer(h, c, caller => s.AuditTrailAsync(caller, id, t)));
        api.MapGet("/{id}/attachments", (string id, HttpContext h, CallerResolver c, AttachmentService s, CancellationToken t) =>
            Answer(h, c, caller => s.ListAsync(caller, id, t)));
        // A cookie caller's upload is checked for its anti-forgery token by ApiAntiforgery, like every unsafe /api call.
        api.MapPost("/{id}/attachments", AttachAsync).DisableAntiforgery().WithRequestSizeLimit(RequestSizeLimits.Files);
        api.MapGet("/{id}/attachments/{attachmentId}", OpenAttachmentAsync);
        app.MapPost("/api/checks/{id}/result", (string id, CheckResultRequest r, HttpContext h, CallerResolver c, ApplicationReader s,
            FinancialCheckService checks, CancellationToken t) =>
            Answer(h, c, caller => checks.AnswerAsync(caller, id, r.Summary, application => s.VisibleToAsync(caller, application, t), t)));
        app.MapPost("/api/reviews", (ReviewBatchRequest r, HttpContext h, CallerResolver c, ReviewCampaignService s, CancellationToken t) =>
            Answer(h, c, caller => s.CreateAsync(caller, r, t))).WithRequestSizeLimit(RequestSizeLimits.Documents);
        api.MapPost("/{id}/items/{item}/payments", (string id, string item, PaymentRequest r, HttpContext h, CallerResolver c, PaymentService s, CancellationToken t) =>
            Answer(h, c, caller => s.PayAsync(caller, id, item, r, t)));
    }

    public static Task<Results<Created<ApplicationView>, ProblemHttpResult>> AcceptAsync(
        ApplicationRequest request, HttpContext http, CallerResolver callers, IntakeService intake, ApplicationViews views, CancellationToken cancellationToken) =>
        CreatedAsync(http, callers, views, caller => intake.AcceptAsync(caller, request, cancellationToken), cancellationToken);

    public static Task<Results<Created<ApplicationView>, ProblemHttpResult>> RefuseAsync(
        RefusalRequest request, HttpContext http, CallerResolver callers, IntakeService intake, ApplicationViews views, CancellationToken cancellationToken) =>
        CreatedAsync(http, callers, views, caller => intake.RefuseAsync(caller, request, cancellationToken), cancellationToken);

    /// <summary>Records an application (accepted or refused) and answers with its view, as the recording caller sees it.</summary>
    private static async Task<Results<Created<ApplicationView>, ProblemHttpResult>> CreatedAsync(HttpContext http, CallerResolver callers,
        ApplicationViews views, Func<Caller, Task<CaseworkOutcome<ApplicationRecord>>> record, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var recorded = await record(caller).ConfigureAwait(false);
        if (Problem(recorded) is { } problem)
        {
            return problem;
        }
        var view = await views.GetAsync(caller, recorded.Value!.Id, cancellationToken).ConfigureAwait(false);
        return TypedResults.Created($"/api/applications/{recorded.Value.Id}", view.Value!);
    }

    /// <summary>
    /// <c>GET /api/applications?limit=50</c>: the newest applications in the caller's scope. With any of 受理记录's
    /// filter parameters (<c>caseNumber, applicant, item, status, from, to, page, pageSize</c>) it is that page of the
    /// search instead, and <c>X-Total-Count</c> says how many match in all.
    /// </summary>
    public static async Task<Results<Ok<IReadOnlyList<ApplicationView>>, ProblemHttpResult>> ListAsync(
        int? limit, [AsParameters] Workflow.Casework.Application.Lists.ApplicationListQuery query, HttpContext http, CallerResolver callers,
        ApplicationViews views, Workflow.Casework.Application.Lists.ApplicationList list, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        if (limit is < 1 or > 500)
        {
            return Rejection.Invalid($"Expected a limit from 1 to 500, but got {limit}.", "limit").ToProblem();
        }
        if (query == new Workflow.Casework.Application.Lists.ApplicationListQuery())
        {
            return TypedResults.Ok(await views.ListAsync(caller, limit ?? 50, cancellationToken).ConfigureAwait(false));
        }
        var outcome = await list.SearchAsync(caller, query, acceptedHere: false, cancellationToken).ConfigureAwait(false);
        if (outcome.Value is not { } page)
        {
            return Problem(outcome)!;
        }
        http.Response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Ok(page.Applications);
    }

    /// <summary>
    /// <c>POST /api/applications/{id}/attachments[?kind=care-agreement]</c>, multipart with one <c>file</c>; a kind says what
    /// the file is when something waits for it (<see cref="AttachmentKinds"/>).
    /// </summary>
    public static async Task<Results<Created<AttachmentRecord>, ProblemHttpResult>> AttachAsync(
        string id, IFormFile? file, string? kind, HttpContext http, CallerResolver callers, AttachmentService attachments, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        if (file is null)
        {
            return Rejection.Invalid("Expected a multipart form with a file named 'file', but there is none.", "file").ToProblem();
        }
        var added = await attachments.AttachAsync(caller, id, file.ToUpload(), cancellationToken, string.IsNullOrEmpty(kind) ? null : kind).ConfigureAwait(false);
        return Problem(added) ?? (Results<Created<AttachmentRecord>, ProblemHttpResult>)TypedResults.Created($"/api/applications/{id}/attachments/{added.Value!.Id}", added.Value);
    }

    /// <summary>
    /// <c>GET /api/applications/{id}/attachments/{attachmentId}</c>: the file itself, inline (PDF and images open in the
    /// browser; <see cref="AttachmentResponse"/>), for someone who sees the application with its personal data (404 when
    /// out of sight); each opening is audited.
    /// </summary>
    public static async Task<IResult> OpenAttachmentAsync(
        string id, string attachmentId, HttpContext http, CallerResolver callers, AttachmentService attachments, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var opened = await attachments.OpenAsync(caller, id, attachmentId, cancellationToken).ConfigureAwait(false);
        if (opened.Rejection is { } rejection)
        {
            return rejection.ToProblem();
        }
        var (record, path) = opened.Value;
        return TypedResults.PhysicalFile(path, AttachmentResponse.Prepare(http.Response, record.FileName, record.ContentType));
    }

    internal static async Task<Results<Ok<T>, ProblemHttpResult>> Answer<T>(HttpContext http, CallerResolver callers, Func<Caller, Task<CaseworkOutcome<T>>> run)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var outcome = await run(caller).ConfigureAwait(false);
        return Problem(outcome) ?? (Results<Ok<T>, ProblemHttpResult>)TypedResults.Ok(outcome.Value!);
    }

    private static ProblemHttpResult? Problem<T>(CaseworkOutcome<T> outcome) =>
        outcome.Errors is { Count: > 0 } errors ? RejectionProblemDetails.InvalidFields(errors.Select(e => (e.Field, e.Message)))
        : outcome.Rejection is { } rejection ? rejection.ToProblem()
        : null;
}

using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Inbound;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Casework;
using Workflow.Web.Security;

namespace Workflow.Web.Api;

/// <summary>
/// The HTTP twins of the inbound bus contracts (issue 11), for outside systems that cannot use the bus: the body is the
/// contract's JSON, the client's key its authority (<see cref="AccessPolicies.Integration"/>) and its name the sender.
/// A new message is 202 with its receipt, parked ones too (the reason says why); the same (sender, senderMessageId)
/// again is 200 with the first receipt and starts nothing. And the administrators' API over parked messages.
/// </summary>
public static class InboundApi
{
    /// <summary>The twins' paths, by kind.</summary>
    public static IReadOnlyDictionary<string, string> Paths { get; } = new Dictionary<string, string>
    {
        [InboundKinds.HotlineTicket] = "/api/inbound/hotline-tickets",
        [InboundKinds.MonitoringAlert] = "/api/inbound/monitoring-alerts",
        [InboundKinds.PersonDied] = "/api/inbound/person-died",
        [InboundKinds.PersonMoved] = "/api/inbound/person-moved",
        [InboundKinds.PopulationRecord] = "/api/inbound/population-records",
    };

    public static void MapInboundApi(this IEndpointRouteBuilder app)
    {
        foreach (var (kind, path) in Paths)
        {
            app.MapPost(path, (HttpContext h, InboundService s, CancellationToken t) => ReceiveAsync(kind, h, s, t))
                .WithMetadata(new InboundKindMetadata(kind));
        }
        app.MapGet(Paths[InboundKinds.HotlineTicket] + "/{ticketNumber}/closing", ClosingAsync)
            .WithMetadata(new InboundKindMetadata(InboundKinds.HotlineTicket));
    }

    /// <summary>
    /// The HTTP twin of <c>HotlineTicketClosed</c>: a city system off the bus asks for its own ticket's closing; 404
    /// until the case is closed and the reply made.
    /// </summary>
    private static async Task<Results<Ok<HotlineTicketClosed>, ProblemHttpResult>> ClosingAsync(string ticketNumber, HttpContext http, TicketClosing closing,
        CancellationToken cancellationToken)
    {
        var sender = http.User.FindFirst(IntegrationKeyHandler.ClientClaim)!.Value;
        return await closing.ClosingAsync(sender, ticketNumber, cancellationToken).ConfigureAwait(false) is { } closed
            ? TypedResults.Ok(closed)
            : Rejection.NotFound($"Expected ticket '{ticketNumber}' from '{sender}' to be closed, but it is unknown or still being handled (工单尚未办结).").ToProblem();
    }

    public static void MapInboundAdminApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/admin/inbound");
        api.MapGet("", (string? status, HttpContext h, CallerResolver c, InboundAdministration a, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => a.ListAsync(caller, status, t)));
        api.MapPost("/{id}/reprocess", (string id, HttpContext h, CallerResolver c, InboundAdministration a, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => a.ReprocessAsync(caller, id, t)));
        api.MapPost("/{id}/dismiss", (string id, DismissRequest? body, HttpContext h, CallerResolver c, InboundAdministration a, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => a.DismissAsync(caller, id, body?.Note, t)));
    }

    private static async Task<Results<Accepted<InboundReceipt>, Ok<InboundReceipt>>> ReceiveAsync(string kind, HttpContext http, InboundService service,
        CancellationToken cancellationToken)
    {
        var sender = http.User.FindFirst(IntegrationKeyHandler.ClientClaim)!.Value;
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        var receipt = await service.ReceiveAsync(kind, sender, body, key.Length > 0 ? key : null, cancellationToken).ConfigureAwait(false);
        return receipt.IsRepeat ? TypedResults.Ok(receipt) : TypedResults.Accepted((string?)null, receipt);
    }
}

/// <summary>The body of <c>POST /api/admin/inbound/{id}/dismiss</c>: why the administrator ignores the message.</summary>
public sealed record DismissRequest(string? Note);

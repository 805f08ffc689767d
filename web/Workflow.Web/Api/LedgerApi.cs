using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application.Benefits;
using Workflow.Web.Casework;

namespace Workflow.Web.Api;

/// <summary>
/// The benefits ledger (issue 11), for the signed-in, each answer in the caller's scope (<see cref="LedgerService"/>):
/// <list type="bullet">
/// <item><c>POST /api/ledger/person</c> and <c>POST /api/ledger/household</c> with <see cref="LedgerLookup"/>
/// <c>{idNumber, month}</c>: what they receive (now when no month). POST so the ID number is never in a URL;</item>
/// <item><c>GET /api/ledger/items/{itemCode}?division=&amp;page=&amp;pageSize=&amp;month=</c>: everyone on an item under a division;</item>
/// <item><c>GET /api/ledger/payroll?division=&amp;month=</c>: the month's payroll computed from the ledger;</item>
/// <item><c>GET /api/ledger/cases/{instanceId}</c>: the entries a case created.</item>
/// </list>
/// <see cref="MapLedgerAdminApi"/> adds the administrators' <c>POST /api/admin/ledger/old-age-allowance/run</c>.
/// </summary>
public static class LedgerApi
{
    public static void MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/ledger");
        api.MapPost("/person", (LedgerLookup? body, HttpContext h, CallerResolver c, LedgerService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.PersonAsync(caller, body?.IdNumber, body?.Month, t)));
        api.MapPost("/household", (LedgerLookup? body, HttpContext h, CallerResolver c, LedgerService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.HouseholdAsync(caller, body?.IdNumber, body?.Month, t)));
        api.MapGet("/items/{itemCode}", (string itemCode, string? division, int? page, int? pageSize, string? month, HttpContext h, CallerResolver c,
            LedgerService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.ItemInDivisionAsync(caller, itemCode, division, page ?? 1, pageSize ?? 50, month, t)));
        api.MapGet("/payroll", (string? division, string? month, HttpContext h, CallerResolver c, LedgerService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.PayrollAsync(caller, division, month, t)));
        api.MapGet("/cases/{instanceId}", (string instanceId, HttpContext h, CallerResolver c, LedgerService s, CancellationToken t) =>
            ApplicationsApi.Answer(h, c, caller => s.ByCaseAsync(caller, instanceId, t)));
    }

    /// <summary>
    /// <c>POST /api/admin/ledger/old-age-allowance/run</c>: runs the 高龄津贴 rule now (operators, after a population-data
    /// import); the answer says how many ledger changes it made. Safe beside the daily run: each person is granted once.
    /// </summary>
    public static void MapLedgerAdminApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/admin/ledger/old-age-allowance/run", RunOldAgeAllowanceAsync);

    public static async Task<Results<Ok<OldAgeAllowanceRunResult>, ProblemHttpResult>> RunOldAgeAllowanceAsync(HttpContext http, CallerResolver callers,
        OldAgeAllowanceRun run, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        return TypedResults.Ok(new OldAgeAllowanceRunResult(await run.RunAsync(caller.Id, cancellationToken).ConfigureAwait(false)));
    }
}

/// <param name="Changes">How many entitlements were granted or raised.</param>
public sealed record OldAgeAllowanceRunResult(int Changes);

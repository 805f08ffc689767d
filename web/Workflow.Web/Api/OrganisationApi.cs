using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Casework;

namespace Workflow.Web.Api;

/// <summary>
/// The organisation and the routing rules as data: read and replace them as JSON (the organisation also as CSV
/// files). Saves name the version they replace (<c>?version=</c>), so two administrators cannot overwrite each other.
/// </summary>
public static class OrganisationApi
{
    public static void MapOrganisationApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/org", (HttpContext h, CallerResolver c, CaseworkDirectory d) =>
            Administrator(h, c) ?? Document(h, d.OrganisationVersion, OrganisationJson.Write(d.Organisation)));
        app.MapPut("/api/org", async (long? version, HttpContext h, CallerResolver c, DocumentEditor e, CancellationToken t) =>
        {
            var body = await new StreamReader(h.Request.Body).ReadToEndAsync(t).ConfigureAwait(false);
            return await SaveAsync(h, c, caller => e.SaveOrganisationAsync(caller, version ?? 0, OrganisationJson.Read(body), t)).ConfigureAwait(false);
        });
        app.MapGet("/api/org/csv", (HttpContext h, CallerResolver c, CaseworkDirectory d) =>
            Administrator(h, c) ?? TypedResults.Ok(OrganisationCsv.Write(d.Organisation)));
        app.MapPut("/api/org/csv", (long? version, Dictionary<string, string?> files, HttpContext h, CallerResolver c, DocumentEditor e, CancellationToken t) =>
            Administrator(h, c) is { } refused ? Task.FromResult(refused)
            : SaveAsync(h, c, caller => e.SaveOrganisationAsync(caller, version ?? 0,
                OrganisationCsv.Read(files.ToDictionary(f => f.Key, f => f.Value ?? "")), t)));
        app.MapGet("/api/routing-rules", (HttpContext h, CallerResolver c, CaseworkDirectory d) =>
            Administrator(h, c) ?? Document(h, d.RoutingVersion, RoutingRulesJson.Write(d.Routing)));
        app.MapPut("/api/routing-rules", async (long? version, HttpContext h, CallerResolver c, DocumentEditor e, CancellationToken t) =>
        {
            var body = await new StreamReader(h.Request.Body).ReadToEndAsync(t).ConfigureAwait(false);
            return await SaveAsync(h, c, caller => e.SaveRoutingAsync(caller, version ?? 0, body, t)).ConfigureAwait(false);
        });
    }

    /// <summary>
    /// Reading the organisation is for administrators too: it lists every staff member's ID number and their
    /// relatives' (for 回避). Null when the caller is one.
    /// </summary>
    private static IResult? Administrator(HttpContext http, CallerResolver callers) => callers.Resolve(http) switch
    {
        null => CallerEndpoint.Unauthenticated(),
        { IsAdministrator: false } caller => Workflow.Engine.Runtime.Rejections.Rejection
            .Forbidden($"Expected '{caller.Id}' to be an administrator (系统管理员), but they are not.").ToProblem(),
        _ => null,
    };

    /// <summary>The document as stored, with its version in the <c>X-Version</c> header for the next save.</summary>
    private static IResult Document(HttpContext http, long version, string json)
    {
        http.Response.Headers["X-Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Text(json, "application/json; charset=utf-8");
    }

    private static async Task<IResult> SaveAsync(HttpContext http, CallerResolver callers, Func<Caller, Task<CaseworkOutcome<long>>> save)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var saved = await save(caller).ConfigureAwait(false);
        if (saved.Errors is { Count: > 0 } errors)
        {
            return RejectionProblemDetails.InvalidFields(errors.Select(e => (e.Field, e.Message)));
        }
        return saved.Rejection is { } rejection ? rejection.ToProblem() : TypedResults.Ok(new { version = saved.Value });
    }
}

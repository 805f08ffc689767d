using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Lists;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Casework;

namespace Workflow.Web.Api.Exports;

/// <summary>
/// Excel exports (MiniExcel) of 案件查询, 受理记录 and the 督办 report: <c>GET /api/exports/cases</c>,
/// <c>/api/exports/applications</c> (the lists' own filter parameters, all pages up to <see cref="ListExport.MaxRows"/>)
/// and <c>/api/exports/supervision?within=3</c>. Each is the caller's scope only, masked, and written to the casework
/// audit (<c>export.cases</c>, <c>export.applications</c>, <c>export.supervision</c>) before the file is sent. A person
/// may start <see cref="ExportRateLimit.PermitPerMinute"/> exports a minute (429 in Chinese past it).
/// </summary>
public static class ExportsApi
{
    public static RouteGroupBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/exports").RequireRateLimiting(ExportRateLimit.Policy);
        api.MapGet("/cases", CasesAsync);
        api.MapGet("/applications", ApplicationsAsync);
        api.MapGet("/supervision", SupervisionAsync);
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CasesAsync([AsParameters] CaseListQuery query, HttpContext http,
        CallerResolver callers, CaseList cases, Workflow.Web.Ui.Support.Names names, TimeProvider time, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var sheets = new ListSheets(names, time);
        var outcome = await cases.ExportAsync(caller, query, cancellationToken).ConfigureAwait(false);
        if (outcome.Value is not { } export)
        {
            return Invalid(outcome.Errors);
        }
        var filter = sheets.Describe(query.CaseNumber, query.Applicant, query.Item, CaseStatusFilters.Find(query.Status)?.Name, "创建日期",
            query.From, query.To, query.Division, query.DueFrom, query.DueTo);
        return File(http, time, sheets.Cases(export, caller, filter), "案件查询");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ApplicationsAsync([AsParameters] ApplicationListQuery query, HttpContext http,
        CallerResolver callers, ApplicationList applications, Workflow.Web.Ui.Support.Names names, TimeProvider time, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var sheets = new ListSheets(names, time);
        var outcome = await applications.ExportAsync(caller, query, ApplicationList.ListsOwnIntake(caller), cancellationToken).ConfigureAwait(false);
        if (outcome.Value is not { } export)
        {
            return Invalid(outcome.Errors);
        }
        var status = string.IsNullOrWhiteSpace(query.Status) ? null : ApplicationStatuses.NameOf(query.Status.Trim());
        return File(http, time, sheets.Applications(export, caller, sheets.Describe(query.CaseNumber, query.Applicant, query.Item, status, "受理日期", query.From, query.To)), "受理记录");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SupervisionAsync(int? within, HttpContext http, CallerResolver callers,
        SupervisionExport supervision, Workflow.Web.Ui.Support.Names names, TimeProvider time, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        var sheets = new ListSheets(names, time);
        if (within is < 0 or > 60)
        {
            return Rejection.Invalid($"Expected within from 0 to 60 working days, but got {within}.", "within").ToProblem();
        }
        var view = await supervision.ExportAsync(caller, within ?? 3, cancellationToken).ConfigureAwait(false);
        return File(http, time, sheets.Supervision(view, caller), "督办");
    }

    private static ProblemHttpResult Invalid(IReadOnlyList<Workflow.Casework.FieldError>? errors) =>
        RejectionProblemDetails.InvalidFields((errors ?? []).Select(e => (e.Field, e.Message)));

    private static FileContentHttpResult File(HttpContext http, TimeProvider time, ExcelSheet sheet, string name)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        var day = time.GetUtcNow().ToOffset(Workflow.Engine.Ports.ChinaTime.Offset).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return TypedResults.File(ExcelWorkbook.Build(sheet), ExcelWorkbook.ContentType, $"{name}-{day}.xlsx");
    }
}

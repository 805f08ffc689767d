using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Workflow.Web.Accounts;

namespace Workflow.Web.Api.Exports;

/// <summary>
/// An Excel export reads up to <see cref="Workflow.Casework.Application.Lists.ListExport.MaxRows"/> cases, so one person
/// may start at most <see cref="PermitPerMinute"/> exports a minute (whichever list); past it the answer is 429 with a
/// Chinese ProblemDetails and <c>Retry-After</c>. Partitioned by the signed-in user (<see cref="AccountClaims.UserId"/>);
/// an anonymous request never reaches an export (401 before it).
/// </summary>
public sealed class ExportRateLimit : IRateLimiterPolicy<string>
{
    public const string Policy = "exports";

    public const int PermitPerMinute = 10;

    public const string Title = "导出过于频繁";

    public static readonly string Detail = $"每人每分钟最多导出 {PermitPerMinute} 次，请稍候一分钟再导出。";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60)
            .ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(Detail, statusCode: StatusCodes.Status429TooManyRequests, title: Title).ExecuteAsync(context.HttpContext)
            .ConfigureAwait(false);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.User.FindFirst(AccountClaims.UserId)?.Value is { Length: > 0 } user
            ? RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = PermitPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter("anonymous");
    }
}

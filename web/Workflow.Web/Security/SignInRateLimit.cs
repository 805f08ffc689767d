using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Workflow.Web.Security;

/// <summary>
/// Sign-in and first-start setup take at most <see cref="PermitPerMinute"/> attempts (POSTs) a minute from one
/// address (429 past it), on top of the per-account lockout, so one address cannot try many accounts either. Showing
/// the page is not limited, nor are requests with no address (the in-process test server).
/// </summary>
public static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public const int PermitPerMinute = 60;

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method) && context.Connection.RemoteIpAddress is { } address
                ? RateLimitPartition.GetFixedWindowLimiter(address.ToString(), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = PermitPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("no-address"));
        });
}

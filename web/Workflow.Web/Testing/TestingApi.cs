using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api;

namespace Workflow.Web.Testing;

/// <summary>
/// <c>POST /api/testing/clock</c> moves the <see cref="AdjustableClock"/>: mapped only when it is switched on (on a
/// loopback-only host), and only for an administrator.
/// </summary>
public static class TestingApi
{
    public const string Setting = Workflow.Web.Security.LoopbackOnly.AdjustableClockSetting;

    public static IServiceCollection AddAdjustableClockIfEnabled(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>(Setting))
        {
            var clock = new AdjustableClock();
            services.AddSingleton(clock);
            services.AddSingleton<TimeProvider>(clock);
        }
        return services;
    }

    /// <summary>Mapped only when the clock is switched on, into a group that needs an administrator.</summary>
    public static void MapTestingApi(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<AdjustableClock>() is null)
        {
            return;
        }
        app.MapPost("/api/testing/clock", Advance);
    }

    public sealed record AdvanceRequest(double Days);

    private static Results<Ok<DateTimeOffset>, ProblemHttpResult> Advance(AdvanceRequest request, AdjustableClock clock)
    {
        if (request.Days is <= 0 or > 3650)
        {
            return Rejection.Invalid($"Expected days between 0 and 3650, but got {request.Days}.", "days").ToProblem();
        }
        clock.Advance(TimeSpan.FromDays(request.Days));
        return TypedResults.Ok(clock.GetUtcNow());
    }
}

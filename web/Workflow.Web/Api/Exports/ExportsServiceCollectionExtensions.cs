namespace Workflow.Web.Api.Exports;

public static class ExportsServiceCollectionExtensions
{
    /// <summary>The per-person limit on Excel exports (<see cref="ExportRateLimit"/>), which <c>/api/exports</c> requires.</summary>
    public static IServiceCollection AddExportRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy(ExportRateLimit.Policy, new ExportRateLimit()));
}

using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Pipeline;
using Workflow.Web.Security;
using Workflow.Engine.Persistence.Monitoring;

namespace Workflow.Web.Operations;

/// <summary>
/// Health, metrics and the command pipeline's logging and metrics middleware. Call after the durable runtime is
/// registered: the timer-claim decorator wraps the timer store it registered.
/// <list type="bullet">
/// <item><c>GET /health/live</c>: 200 while the process serves requests; it checks nothing else.</item>
/// <item><c>GET /health/ready</c>: 200 only when the database answers and the bus is connected (checks tagged
/// <c>ready</c>: ours for the database, MassTransit's for the bus); 503 otherwise, with each check's status as JSON.</item>
/// <item><c>GET /metrics</c>: Prometheus text format (<see cref="WorkflowMetrics"/>, plus ASP.NET Core's HTTP metrics).</item>
/// </list>
/// </summary>
public static class OperationsServiceCollectionExtensions
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddWorkflowOperations(this IServiceCollection services)
    {
        services.AddOptions<OperationsOptions>()
            .BindConfiguration(OperationsOptions.Section)
            .Validate(o => o.SampleInterval > TimeSpan.Zero, $"{OperationsOptions.Section}:SampleInterval 必须大于 0。")
            .ValidateOnStart();
        services.TryAddSingleton<WorkflowMetrics>();
        services.TryAddSingleton<DatabaseGauges>();
        services.AddHostedService<OperationsSampler>();

        // Registration order is pipeline order: the log scope is outermost, so metrics run inside it.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandMiddleware, CommandLoggingMiddleware>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandMiddleware, CommandMetricsMiddleware>());
        Decorate<ITimerStore>(services, (sp, inner) => new MeteredTimerStore(inner, sp.GetRequiredService<WorkflowMetrics>()));

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(WorkflowMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    public static IEndpointRouteBuilder MapWorkflowOperations(this IEndpointRouteBuilder app)
    {
        // A load balancer's health probe signs in as nobody; the checks say nothing about cases.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = r => r.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(AccessPolicies.Operations);
        return app;
    }

    /// <summary>Each check's name, status and description; exception details stay in the log.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Wraps the last registration of <typeparamref name="TService"/>, keeping its lifetime.</summary>
    private static void Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"Register {typeof(TService).Name} before AddWorkflowOperations.");
        services.Remove(inner);
        services.Add(ServiceDescriptor.Describe(typeof(TService), sp => decorate(sp, (TService)Create(sp, inner)), inner.Lifetime));
    }

    private static object Create(IServiceProvider sp, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Workflow.Engine.Hosting.Timers;

public static class TimerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="TimerPump"/> with <see cref="TimerPumpOptions"/> bound from <c>Workflow:Timers</c> and
    /// validated at start-up. Needs a <see cref="Workflow.Engine.Runtime.WorkflowExecutor"/>, an
    /// <see cref="Workflow.Engine.Ports.ITimerStore"/> and a <see cref="TimeProvider"/> in the container. Timers fire on
    /// this host unless another <see cref="ITimerDispatcher"/> is registered (the messaging project's bus dispatcher).
    /// </summary>
    public static IServiceCollection AddWorkflowTimers(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(TimerPump)))
        {
            return services;
        }
        services.AddOptions<TimerPumpOptions>().BindConfiguration(TimerPumpOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TimerPumpOptions>, TimerPumpOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TimerFiring>();
        services.TryAddSingleton<ITimerDispatcher, LocalTimerDispatcher>();
        services.TryAddSingleton<TimerPump>();
        services.AddHostedService(sp => sp.GetRequiredService<TimerPump>());
        return services;
    }
}

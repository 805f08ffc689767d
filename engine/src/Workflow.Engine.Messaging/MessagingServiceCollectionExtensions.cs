using System.Security.Authentication;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflow.Engine.Hosting.Timers;
using Workflow.Engine.Messaging.Configuration;
using Workflow.Engine.Messaging.Consumers;
using Workflow.Engine.Messaging.Outbox;
using Workflow.Engine.Messaging.Timers;

namespace Workflow.Engine.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// Adds MassTransit 8 with the engine's consumers (engine queue: <c>SubmitDecision</c>, <c>FireTimerRequested</c>;
    /// replies queue: <c>DepartmentReply</c>) and the <see cref="OutboxRelay"/>. The transport is chosen from
    /// <c>Messaging:Transport</c> in <paramref name="configuration"/> (<c>InMemory</c> by default, or <c>RabbitMQ</c>
    /// with <c>Messaging:RabbitMq:Host</c>); <see cref="MessagingOptions"/> documents the whole section, which is
    /// validated at start-up. <paramref name="configure"/> may add the host's own consumers.
    /// Needs a <see cref="Workflow.Engine.Runtime.WorkflowExecutor"/> and an <see cref="Workflow.Engine.Ports.IOutboxStore"/>.
    /// </summary>
    public static WorkflowMessagingBuilder AddWorkflowMessaging(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator>? configure = null)
    {
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MessagingOptions>, MessagingOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TimerFiring>();

        services.AddMassTransit(x =>
        {
            if (options.ConsumeCommands)
            {
                x.AddConsumer<SubmitDecisionConsumer, EngineConsumerDefinition<SubmitDecisionConsumer>>();
                x.AddConsumer<FireTimerRequestedConsumer, EngineConsumerDefinition<FireTimerRequestedConsumer>>();
                x.AddConsumer<DepartmentReplyConsumer, DepartmentReplyConsumerDefinition>();
            }
            configure?.Invoke(x);
            if (options.UsesRabbitMq)
            {
                x.UsingRabbitMq((context, cfg) =>
                {
                    UseBroker(cfg, context.GetRequiredService<IOptions<MessagingOptions>>().Value);
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });
        // MassTransitHostOptions.WaitUntilStarted stays false: a host whose broker is down still starts, reports not
        // ready, and reconnects; meanwhile the relay's sends fail or wait and the rows stay in the outbox.

        services.TryAddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        if (options.FireTimersOverBus)
        {
            services.Replace(ServiceDescriptor.Singleton<ITimerDispatcher, BusTimerDispatcher>());
        }
        return new WorkflowMessagingBuilder(services, options);
    }

    private static void UseBroker(IRabbitMqBusFactoryConfigurator cfg, MessagingOptions options)
    {
        // Validated at start-up before the bus is built; this only guards a host that skipped validation.
        if (!RabbitMqAddress.TryParse(options.RabbitMq.Host, out var address, out var problem))
        {
            throw new OptionsValidationException(MessagingOptions.Section, typeof(MessagingOptions), [$"Messaging:RabbitMq:Host {problem}"]);
        }
        cfg.Host(address.Host, (ushort)address.Port, address.VirtualHost, h =>
        {
            h.Username(address.Username);
            h.Password(address.Password);
            if (address.UseTls)
            {
                h.UseSsl(s =>
                {
                    s.ServerName = address.Host;
                    s.Protocol = SslProtocols.Tls12 | SslProtocols.Tls13;
                });
            }
        });
    }
}

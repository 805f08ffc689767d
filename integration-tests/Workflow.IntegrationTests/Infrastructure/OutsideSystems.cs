using System.Collections.Concurrent;
using MassTransit;
using Workflow.Casework.Application.Inbound;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// The other systems around the host, on the test's virtual host: 12345, the monitoring platform, 公安 / 卫健 and
/// population data send their contracts to the host's inbound queues (<c>wf.inbound.{kind}</c>), as a real integration
/// would, and the city's 12345 centre receives every <see cref="HotlineTicketClosed"/> the host publishes.
/// </summary>
public sealed class OutsideSystems : IAsyncDisposable
{
    public const string QueuePrefix = "wf.inbound.";

    private readonly IBusControl _bus;

    private OutsideSystems(IBusControl bus) => _bus = bus;

    /// <summary>Every ticket closing the city centre received, in order.</summary>
    public ConcurrentQueue<HotlineTicketClosed> ClosedTickets { get; } = new();

    public static async Task<OutsideSystems> StartAsync(RabbitVirtualHost vhost)
    {
        OutsideSystems? systems = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(vhost.Amqp.Host, (ushort)vhost.Amqp.Port, vhost.Name, h =>
            {
                h.Username(vhost.User);
                h.Password(vhost.Password);
            });
            cfg.ReceiveEndpoint("city-12345.ticket-closings", e => e.Handler<HotlineTicketClosed>(context =>
            {
                systems!.ClosedTickets.Enqueue(context.Message);
                return Task.CompletedTask;
            }));
        });
        systems = new OutsideSystems(bus);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus.StartAsync(cts.Token);
        return systems;
    }

    /// <summary>Sends <paramref name="message"/> to the host's queue for its kind, as its system would.</summary>
    public async Task SendAsync<T>(T message)
        where T : class
    {
        var queue = await _bus.GetSendEndpoint(new Uri($"queue:{QueuePrefix}{InboundBus.KindOf(typeof(T))}"));
        await queue.Send(message);
    }

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _bus.StopAsync(cts.Token);
    }
}

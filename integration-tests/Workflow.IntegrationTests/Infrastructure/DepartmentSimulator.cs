using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MassTransit;
using Workflow.Engine.Messaging.Contracts;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// A department that runs its own system: it listens on its queue (<c>dept.{code}</c>) in the test's virtual host,
/// records every <see cref="TaskAssigned"/> it receives, and answers each with a <see cref="DepartmentReply"/> on the
/// engine's replies queue, as a real department integration would.
/// </summary>
public sealed class DepartmentSimulator : IAsyncDisposable
{
    public const string RepliesQueue = "wf.department-replies";

    private readonly IBusControl _bus;

    private DepartmentSimulator(IBusControl bus) => _bus = bus;

    /// <summary>Every delivery received, in order, with its transport message id.</summary>
    public ConcurrentQueue<(Guid? MessageId, TaskAssigned Task)> Received { get; } = new();

    public static async Task<DepartmentSimulator> StartAsync(RabbitVirtualHost vhost, string departmentCode, string actorId,
        Func<TaskAssigned, (string Outcome, string? Comment, JsonObject? Data)> decide)
    {
        DepartmentSimulator? simulator = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(vhost.Amqp.Host, (ushort)vhost.Amqp.Port, vhost.Name, h =>
            {
                h.Username(vhost.User);
                h.Password(vhost.Password);
            });
            cfg.ReceiveEndpoint(DepartmentQueues.For(departmentCode), e =>
            {
                e.Handler<TaskAssigned>(async context =>
                {
                    var task = context.Message;
                    simulator!.Received.Enqueue((context.MessageId, task));
                    var (outcome, comment, data) = decide(task);
                    var replies = await context.GetSendEndpoint(new Uri($"queue:{RepliesQueue}"));
                    await replies.Send(new DepartmentReply(task.TaskId, task.InstanceId, task.DepartmentCode, actorId, outcome, comment, data,
                        RequestKey: $"reply:{task.TaskId}"));
                });
            });
        });
        simulator = new DepartmentSimulator(bus);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus.StartAsync(cts.Token);
        return simulator;
    }

    public async ValueTask DisposeAsync()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _bus.StopAsync(cts.Token);
    }
}

using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// The error and dead-letter pipes of an inbound queue: a message that could not be deserialized (or failed past its
/// retries, or is of a type the queue does not consume) is kept as a parked message with its raw body, keyed by its
/// transport message id, and acknowledged. If parking fails as well, the next filters move it to <c>_error</c> /
/// <c>_skipped</c>, so it is never lost.
/// </summary>
public sealed class ParkUnreadableFilter(string kind, IServiceProvider services) : IFilter<ExceptionReceiveContext>, IFilter<ReceiveContext>
{
    public void Probe(ProbeContext context) => context.CreateFilterScope("parkInbound");

    public Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reason = IsUnreadable(context.Exception)
            ? "消息无法读取（不是有效的 JSON，或字段类型不符）"
            : $"处理失败（{context.Exception.GetType().Name}），重试后仍未成功；请排查后重新处理";
        return ParkOrPassAsync(context, reason, () => next.Send(context));
    }

    public Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ParkOrPassAsync(context, $"消息类型不是本队列接收的 {InboundKinds.DisplayName(kind)}（{string.Join(", ", context.TransportHeaders.Get<string>("Content-Type") ?? "")}）",
            () => next.Send(context));
    }

    private async Task ParkOrPassAsync(ReceiveContext context, string reason, Func<Task> pass)
    {
        try
        {
            var id = context.GetMessageId() is { } messageId ? $"bus:{messageId:N}" : null;
            await services.GetRequiredService<InboundService>()
                .ParkUnreadableAsync(kind, InboundBus.UnknownSender, id ?? "", context.GetBody() is { Length: > 0 } body ? System.Text.Encoding.UTF8.GetString(body) : "",
                    reason, context.CancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            services.GetRequiredService<ILogger<ParkUnreadableFilter>>().LogError(e, "Could not park an unreadable {Kind} message; it goes to the error queue.", kind);
            await pass().ConfigureAwait(false);
        }
    }

    /// <summary>MassTransit wraps a body it cannot deserialize in its SerializationException; System.Text.Json's error is inside.</summary>
    private static bool IsUnreadable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Text.Json.JsonException || e.GetType().Name == "SerializationException")
            {
                return true;
            }
        }
        return false;
    }
}

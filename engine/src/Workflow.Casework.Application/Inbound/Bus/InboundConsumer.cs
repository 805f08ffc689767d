using System.Text.Json;
using MassTransit;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// Consumes one contract from another system (as a MassTransit envelope or plain JSON): message → <see cref="InboundService"/>.
/// A bad body is parked by the service and acknowledged, never faulted; only an infrastructure failure throws (retried).
/// </summary>
public sealed class InboundConsumer<T>(InboundService service) : IConsumer<T>
    where T : class
{
    public async Task Consume(ConsumeContext<T> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var json = JsonSerializer.Serialize(context.Message, InboundReader.Json);
        using var document = JsonDocument.Parse(json);
        var sender = document.RootElement.TryGetProperty("senderSystem", out var s) && s.ValueKind == JsonValueKind.String
            ? s.GetString()!
            : InboundBus.UnknownSender;
        await service.ReceiveAsync(InboundBus.KindOf(typeof(T)), sender, json, context.MessageId is { } id ? $"bus:{id:N}" : null, context.CancellationToken)
            .ConfigureAwait(false);
    }
}

using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Engine.Hosting;
using Workflow.Engine.Messaging.Configuration;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows through MassTransit and then marks them sent (house style rule 11). Delivery is
/// at least once: a crash between the send and the mark sends the row again after its lease, with the same message
/// id, and consumers de-duplicate. A row with a destination is sent to that queue (a department's
/// <c>dept.{code}</c>); one without is published to whoever subscribes to its contract.
/// </summary>
public sealed class OutboxRelay(
    IOutboxStore outbox,
    IBus bus,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay> logger,
    IDeadLetterStore? deadLetters = null) : PeriodicWorker(time)
{
    private const int MaxBatchesPerRound = 100;

    /// <summary>How long an outbox row no contract on this host can send waits for a host that can, before it is parked.</summary>
    public static readonly TimeSpan UnknownContractPatience = TimeSpan.FromHours(1);

    private readonly OutboxRelayOptions _options = options.Value.Outbox;

    protected override TimeSpan Interval => _options.PollInterval;

    protected override bool Enabled => _options.Enabled;

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => RelayOnceAsync(cancellationToken);

    protected override void OnRoundFailed(Exception exception) => MessagingLog.RelayRoundFailed(logger, exception);

    protected override void OnDisabled() => MessagingLog.RelayDisabled(logger);

    /// <summary>One round: claims rows until a batch comes back short, sends them and marks the sent ones. Returns rows sent.</summary>
    public async Task<int> RelayOnceAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (var round = 0; round < MaxBatchesPerRound; round++)
        {
            var batch = await outbox.ClaimAsync(_options.BatchSize, _options.Lease, cancellationToken).ConfigureAwait(false);
            List<long> sent = [];
            foreach (var message in batch)
            {
                if (await TrySendAsync(message, cancellationToken).ConfigureAwait(false))
                {
                    sent.Add(message.Id);
                }
            }
            if (sent.Count > 0)
            {
                await outbox.MarkSentAsync(sent, cancellationToken).ConfigureAwait(false);
            }
            total += sent.Count;
            if (batch.Count < _options.BatchSize)
            {
                break;
            }
        }
        return total;
    }

    private async Task<bool> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (OutboxContracts.Find(message.MessageType) is not { } contract)
        {
            // A host that does not know the contract leaves it for one that does (a rolling upgrade); after an hour no
            // host has sent it, and it is parked for an administrator (kept, never dropped: it may be a department's task).
            MessagingLog.UnknownContract(logger, message.Id, message.MessageType, message.InstanceId);
            if (deadLetters is not null && Time.GetUtcNow() - message.CreatedAt > UnknownContractPatience)
            {
                await deadLetters.ParkOutboxAsync(message.Id, message.InstanceId, $"Unknown contract '{message.MessageType}'", cancellationToken).ConfigureAwait(false);
            }
            return false;
        }
        try
        {
            if (message.Destination is { Length: > 0 } queue)
            {
                var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{queue}")).ConfigureAwait(false);
                await contract.SendAsync(endpoint, message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await contract.PublishAsync(bus, message, cancellationToken).ConfigureAwait(false);
            }
            MessagingLog.Relayed(logger, message.MessageType, message.MessageId, message.InstanceId, message.Destination);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            MessagingLog.RelayFailed(logger, e, message.MessageType, message.MessageId, message.InstanceId);
            return false;
        }
    }
}

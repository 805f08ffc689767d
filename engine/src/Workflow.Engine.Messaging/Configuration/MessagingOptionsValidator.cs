using Microsoft.Extensions.Options;

namespace Workflow.Engine.Messaging.Configuration;

/// <summary>Fails start-up on a transport, broker address or setting the bus could not run with.</summary>
internal sealed class MessagingOptionsValidator : IValidateOptions<MessagingOptions>
{
    private const string S = MessagingOptions.Section;

    public ValidateOptionsResult Validate(string? name, MessagingOptions options)
    {
        List<string> failures = [];
        if (!string.Equals(options.Transport, MessagingTransports.InMemory, StringComparison.OrdinalIgnoreCase) && !options.UsesRabbitMq)
        {
            failures.Add($"{S}:Transport 必须是 InMemory 或 RabbitMQ（当前 '{options.Transport}'）。");
        }
        if (options.UsesRabbitMq && !RabbitMqAddress.TryParse(options.RabbitMq.Host, out _, out var problem))
        {
            failures.Add($"{S}:RabbitMq:Host {problem}");
        }
        if (string.IsNullOrWhiteSpace(options.EngineQueue) || string.IsNullOrWhiteSpace(options.DepartmentRepliesQueue)
            || string.Equals(options.EngineQueue, options.DepartmentRepliesQueue, StringComparison.Ordinal))
        {
            failures.Add($"{S}:EngineQueue 和 {S}:DepartmentRepliesQueue 必须填写且互不相同。");
        }
        var outbox = options.Outbox;
        if (outbox.PollInterval <= TimeSpan.Zero || outbox.BatchSize is < 1 or > 10_000 || outbox.Lease <= outbox.PollInterval)
        {
            failures.Add($"{S}:Outbox 的 PollInterval 必须大于 0，BatchSize 在 1 到 10000 之间，Lease 长于 PollInterval。");
        }
        var retry = options.Retry;
        if (retry.Limit is < 0 or > 100 || retry.MinInterval < TimeSpan.Zero || retry.MaxInterval < retry.MinInterval)
        {
            failures.Add($"{S}:Retry 的 Limit 必须在 0 到 100 之间，且 0 ≤ MinInterval ≤ MaxInterval。");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using MassTransit;
using Workflow.Engine.Messaging.Configuration;

namespace Workflow.Engine.Messaging.Consumers;

/// <summary>The one retry policy of every engine endpoint: exponential, transient failures only (house style rule 12).</summary>
internal static class Retries
{
    public static void Configure(IRetryConfigurator retry, RetryOptions options)
    {
        var delta = options.MinInterval > TimeSpan.Zero ? options.MinInterval : TimeSpan.FromMilliseconds(1);
        retry.Exponential(options.Limit, options.MinInterval, options.MaxInterval, delta);
        retry.Handle<Exception>(TransientFailures.IsTransient);
    }
}

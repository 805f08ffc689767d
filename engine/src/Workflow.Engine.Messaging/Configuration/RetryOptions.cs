namespace Workflow.Engine.Messaging.Configuration;

/// <summary>
/// <c>Messaging:Retry</c>: exponential redelivery inside the consumer for transient failures (a busy database, a
/// version conflict). After <see cref="Limit"/> tries, or at once for any other exception, the message goes to the
/// queue's <c>_error</c> queue.
/// </summary>
public sealed class RetryOptions
{
    public int Limit { get; set; } = 5;

    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromSeconds(10);
}

namespace Workflow.Engine.Messaging.Configuration;

/// <summary><c>Messaging:RabbitMq</c>.</summary>
public sealed class RabbitMqOptions
{
    /// <summary>
    /// <c>amqp://user:password@host:port/vhost</c> (or <c>amqps://</c>); an empty path is the default vhost <c>/</c>.
    /// </summary>
    public string? Host { get; set; }
}

namespace Workflow.Engine.Messaging.Configuration;

/// <summary>The values of <c>Messaging:Transport</c>.</summary>
public static class MessagingTransports
{
    public const string InMemory = "InMemory";

    public const string RabbitMq = "RabbitMQ";
}

using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Messaging.Configuration;

namespace Workflow.Engine.Messaging;

/// <summary>What <see cref="MessagingServiceCollectionExtensions.AddWorkflowMessaging"/> registered, for hosts that chain further setup.</summary>
/// <param name="Options">The options as bound at registration, which chose the transport and the consumers.</param>
public sealed record WorkflowMessagingBuilder(IServiceCollection Services, MessagingOptions Options);

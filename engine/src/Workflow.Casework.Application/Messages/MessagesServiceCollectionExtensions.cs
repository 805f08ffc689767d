using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework.Application.Cover;

namespace Workflow.Casework.Application.Messages;

/// <summary>
/// The message centre and leave cover (issue 12); the host adds them beside the casework application's services, so
/// the application's own registrations do not read these namespaces back.
/// </summary>
public static class MessagesServiceCollectionExtensions
{
    public static IServiceCollection AddMessageCentreAndCover(this IServiceCollection services)
    {
        services.AddSingleton<MessageRecipients>();
        services.AddSingleton<NoticeWriter>();
        services.AddSingleton<MessageService>();
        services.AddSingleton<DeputyService>();
        return services;
    }
}

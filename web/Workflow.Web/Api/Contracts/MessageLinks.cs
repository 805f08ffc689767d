using Workflow.Engine.Persistence.Messages;

namespace Workflow.Web.Api.Contracts;

/// <summary>Where a message leads: its task's page, else the application the result went back to, else its case.</summary>
public static class MessageLinks
{
    public static string? For(MessageRecord message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (message.InstanceId, message.TaskId, message.ApplicationId) switch
        {
            ({ } instance, { } task, _) => $"/tasks/{Uri.EscapeDataString(instance)}/{Uri.EscapeDataString(task)}",
            (_, _, { } application) => $"/window/applications/{Uri.EscapeDataString(application)}",
            ({ } instance, _, _) => $"/cases/{Uri.EscapeDataString(instance)}",
            _ => null,
        };
    }
}

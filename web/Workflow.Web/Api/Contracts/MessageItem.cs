using Workflow.Casework.Application.Messages;
using Workflow.Engine.Persistence.Messages;

namespace Workflow.Web.Api.Contracts;

/// <summary>One message of the caller's message centre: its kind (code and Chinese name), text, link and whether it was read.</summary>
public sealed record MessageItem(string Id, string Kind, string KindName, string Title, string Body, string? Link, string? InstanceId, string? TaskId,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public bool Read => ReadAt is not null;

    public static MessageItem From(MessageRecord m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.Kind, MessageKinds.NameOf(m.Kind), m.Title, m.Body, MessageLinks.For(m), m.InstanceId, m.TaskId, m.CreatedAt, m.ReadAt);
    }
}

using Workflow.Engine.Persistence.Messages;

namespace Workflow.Casework.Application.Messages;

/// <summary>The caller's own message centre: a page of their messages, the unread count, and marking read. Nobody reads another's.</summary>
public sealed class MessageService(MessageStore store, TimeProvider time)
{
    public const int PageSize = 20;

    public Task<MessagePage> PageAsync(Caller caller, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return store.PageAsync(caller.Id, Math.Max(1, page), PageSize, cancellationToken);
    }

    /// <summary>The header's badge: one COUNT query.</summary>
    public Task<int> UnreadAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return store.CountUnreadAsync(caller.Id, cancellationToken);
    }

    /// <summary>Null when the message is not the caller's (answered as not found); otherwise the message as read.</summary>
    public async Task<MessageRecord?> MarkReadAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await store.GetAsync(caller.Id, id, cancellationToken).ConfigureAwait(false) is not { } message)
        {
            return null;
        }
        if (message.ReadAt is not null)
        {
            return message;
        }
        var now = time.GetUtcNow();
        await store.MarkReadAsync(caller.Id, id, now, cancellationToken).ConfigureAwait(false);
        return message with { ReadAt = now };
    }

    public Task<int> MarkAllReadAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return store.MarkAllReadAsync(caller.Id, time.GetUtcNow(), cancellationToken);
    }
}

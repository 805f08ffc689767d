using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework.Application.Messages;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;

namespace Workflow.Web.Api;

/// <summary>
/// The caller's message centre (站内消息, issue 12): <c>GET /api/messages?page=1</c>, <c>GET /api/messages/unread-count</c>,
/// <c>POST /api/messages/{messageId}/read</c> and <c>POST /api/messages/read-all</c>. Only the recipient sees or marks a
/// message; another's is answered as not found.
/// </summary>
public static class MessagesApi
{
    public static RouteGroupBuilder MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/messages");
        api.MapGet("/", ListAsync);
        api.MapGet("/unread-count", UnreadAsync);
        api.MapPost("/read-all", ReadAllAsync);
        api.MapPost("/{messageId}/read", ReadAsync);
        return api;
    }

    public static async Task<Results<Ok<MessageList>, ProblemHttpResult>> ListAsync(int? page, HttpContext http, CallerResolver callers,
        MessageService messages, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        if (page is < 1 or > 100_000)
        {
            return Rejection.Invalid($"Expected a page from 1, but got {page}.", "page").ToProblem();
        }
        var found = await messages.PageAsync(caller, page ?? 1, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new MessageList(found.Messages.Select(MessageItem.From).ToList(), page ?? 1, MessageService.PageSize, found.Total, found.Unread));
    }

    public static async Task<Results<Ok<UnreadCount>, ProblemHttpResult>> UnreadAsync(HttpContext http, CallerResolver callers, MessageService messages,
        CancellationToken cancellationToken) =>
        callers.Resolve(http) is not { } caller
            ? CallerEndpoint.Unauthenticated()
            : TypedResults.Ok(new UnreadCount(await messages.UnreadAsync(caller, cancellationToken).ConfigureAwait(false)));

    public static async Task<Results<Ok<MessageItem>, ProblemHttpResult>> ReadAsync(string messageId, HttpContext http, CallerResolver callers,
        MessageService messages, CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        return await messages.MarkReadAsync(caller, messageId, cancellationToken).ConfigureAwait(false) is { } read
            ? TypedResults.Ok(MessageItem.From(read))
            : CallerEndpoint.NotFound("message", messageId);
    }

    public static async Task<Results<Ok<UnreadCount>, ProblemHttpResult>> ReadAllAsync(HttpContext http, CallerResolver callers, MessageService messages,
        CancellationToken cancellationToken)
    {
        if (callers.Resolve(http) is not { } caller)
        {
            return CallerEndpoint.Unauthenticated();
        }
        await messages.MarkAllReadAsync(caller, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new UnreadCount(0));
    }
}

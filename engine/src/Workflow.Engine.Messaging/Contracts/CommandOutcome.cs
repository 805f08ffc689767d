namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// The answer to a bus command sent as a request (MassTransit request client): accepted, a repeat of a request key
/// that had already committed, or refused with the engine's rejection type (<c>NotFound</c>, <c>InvalidState</c>,
/// <c>Forbidden</c>, <c>InvalidInput</c>) and message. A version conflict is not answered: the engine retries it.
/// </summary>
public sealed record CommandOutcome(string RequestKey, bool Accepted, bool IsRepeat, string? RejectionType, string? RejectionMessage);

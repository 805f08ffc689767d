namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// A message from another system (issue 11), kept once per (<paramref name="Sender"/>, <paramref name="SenderId"/>).
/// <paramref name="Status"/> is <c>received</c> (being handled), <c>routed</c> (its effect applied, its case started when
/// the route names one), <c>parked</c> (waiting for an administrator, <paramref name="Reason"/> says why) or
/// <c>dismissed</c> (忽略). <paramref name="Body"/> is the message as sent; <paramref name="PersonKey"/> is the
/// hashed ID number of the person it is about. <paramref name="RepliedAt"/> is when a ticket's closing was sent back.
/// </summary>
public sealed record InboundMessageRecord(
    string Id,
    string Kind,
    string Sender,
    string SenderId,
    string? DivisionCode,
    string? PersonKey,
    string Body,
    string Status,
    string? Reason,
    string? Route,
    string? InstanceId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? RepliedAt);

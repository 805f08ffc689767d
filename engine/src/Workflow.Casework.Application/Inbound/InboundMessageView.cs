namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// A message as an administrator sees it: names, not codes, and the body with every personal number masked
/// (<see cref="Workflow.Casework.PersonalFieldCatalogue"/>, free text scanned).
/// </summary>
public sealed record InboundMessageView(
    string Id,
    string Kind,
    string KindName,
    string Sender,
    string SenderId,
    string? DivisionCode,
    string Status,
    string StatusName,
    string? Reason,
    string? Route,
    string? InstanceId,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? RepliedAt,
    string MaskedBody);

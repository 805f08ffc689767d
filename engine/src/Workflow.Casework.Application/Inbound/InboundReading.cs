namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// A message body read and checked: the typed <paramref name="Message"/> when it is sound, else the
/// <paramref name="Problem"/> (Chinese, for the administrator) that parks it. <paramref name="DivisionCode"/> routes it
/// (null for a death: the household's division comes from the ledger); <paramref name="IdNumber"/> is whom it is about.
/// </summary>
public sealed record InboundReading(object? Message, string? SenderMessageId, string? DivisionCode, string? IdNumber, string? Problem)
{
    public static InboundReading Fails(string problem, string? senderMessageId = null) => new(null, senderMessageId, null, null, problem);
}

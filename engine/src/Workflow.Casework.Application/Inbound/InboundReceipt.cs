namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// What became of a message: its id here, its status (<see cref="InboundStatuses"/>), why it was parked, the case it
/// started. <paramref name="IsRepeat"/>: the same (sender, sender's id) had come before; this is the first one's result.
/// </summary>
public sealed record InboundReceipt(string MessageId, string Kind, string Status, string? Reason, string? InstanceId, bool IsRepeat);

namespace Workflow.Engine.Runtime.Rejections;

/// <summary>
/// An expected refusal, returned as a value. Messages follow one template: "Expected to …, but …".
/// <paramref name="Field"/> names the offending input when there is one.
/// </summary>
public sealed record Rejection(RejectionType Type, string Message, string? Field = null)
{
    public static Rejection NotFound(string message) => new(RejectionType.NotFound, message);

    public static Rejection InvalidState(string message) => new(RejectionType.InvalidState, message);

    public static Rejection Forbidden(string message) => new(RejectionType.Forbidden, message);

    public static Rejection Conflict(string message) => new(RejectionType.Conflict, message);

    public static Rejection Invalid(string message, string? field = null) => new(RejectionType.InvalidInput, message, field);

    public override string ToString() => $"{Type}: {Message}";
}

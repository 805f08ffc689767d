namespace Workflow.Engine.Ports;

/// <summary>
/// The resolved candidate set. <paramref name="DivisionCode"/> differs from the request's when a vacant post fell
/// back to the level above; <paramref name="Fallback"/> then names the rule that fired, for the audit.
/// An empty candidate list means "anyone holding the post in the division" (the organisation is not configured).
/// </summary>
public sealed record Assignment(string? DivisionCode, IReadOnlyList<Candidate> Candidates, string? Fallback = null)
{
    public static Assignment Unresolved(AssignmentRequest request) => new(request.DivisionCode, []);
}

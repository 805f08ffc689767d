namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// A window draft (暂存): an intake form saved before it is complete, by <paramref name="AuthorId"/> at the window of
/// <paramref name="WindowDivisionCode"/>.
/// </summary>
/// <param name="IdNumberMasked">The applicant's ID number already masked, for the author's list.</param>
/// <param name="Items">The chosen service items, comma-separated, for the list.</param>
/// <param name="Form">The form as typed, JSON; null when read for a list (lists never load it).</param>
public sealed record IntakeDraftRecord(
    string Id,
    string AuthorId,
    string WindowDivisionCode,
    string? ApplicantName,
    string? IdNumberMasked,
    string Items,
    string? Form,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

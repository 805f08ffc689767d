namespace Workflow.Casework.Application.Phrases;

/// <summary><c>POST /api/phrases</c> (one's own) or <c>POST /api/phrases/offices/{division}</c>: the phrase's text, 1 to 500 characters.</summary>
public sealed record PhraseRequest(string? Text);

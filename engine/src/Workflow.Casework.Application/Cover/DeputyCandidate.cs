namespace Workflow.Casework.Application.Cover;

/// <summary>Someone the caller may name as deputy: the same office.</summary>
public sealed record DeputyCandidate(string Id, string Name);

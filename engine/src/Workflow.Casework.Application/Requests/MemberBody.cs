namespace Workflow.Casework.Application.Requests;

/// <summary>A household member and their relation to the applicant (配偶, 子女, 父母 …).</summary>
public sealed record MemberBody(string? Name, string? Relation, string? IdNumber);

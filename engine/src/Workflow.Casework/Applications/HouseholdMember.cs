namespace Workflow.Casework;

/// <summary>A household member other than the applicant; <paramref name="Relation"/> is to the applicant (配偶, 子女 …).</summary>
public sealed record HouseholdMember(string Name, string Relation, string IdNumber);

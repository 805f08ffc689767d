namespace Workflow.Web.Api.Contracts.Casework;

/// <summary>A household member, ID number masked.</summary>
public sealed record MemberView(string Name, string Relation, string? IdNumber);

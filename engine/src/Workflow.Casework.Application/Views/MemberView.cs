namespace Workflow.Casework.Application.Views;

/// <summary>A household member, ID number masked.</summary>
public sealed record MemberView(string Name, string Relation, string? IdNumber);

namespace Workflow.Casework.Application.Views;

/// <summary>A revealed field; the reveal is in the case's audit.</summary>
public sealed record RevealView(string Field, string Value);

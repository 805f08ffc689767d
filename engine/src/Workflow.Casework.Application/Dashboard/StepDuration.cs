namespace Workflow.Casework.Application.Dashboard;

/// <summary>One step (item and title): how many completed, and the mean working days from opening to closing.</summary>
public sealed record StepDuration(string DefinitionId, string Title, long Tasks, double AverageWorkingDays);

namespace Workflow.Casework.Application.Views;

/// <summary>Overdue and due-soon steps under one township or item.</summary>
public sealed record SupervisionCount(string Key, int Overdue, int DueSoon);

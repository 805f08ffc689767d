namespace Workflow.Casework.Application.Dashboard;

/// <summary>Cases under one name of <see cref="Workflow.Casework.Application.Views.StatusNames"/>: its key (<c>open</c>, <c>finished</c>, …) and the name.</summary>
public sealed record StatusVolume(string Status, string Name, long Cases);

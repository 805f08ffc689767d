namespace Workflow.Casework.Application.Dashboard;

/// <summary>Cases in one status (<c>Finished</c>, <c>Suspended</c>, …) and its Chinese name.</summary>
public sealed record StatusVolume(string Status, string Name, long Cases);

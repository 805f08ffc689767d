namespace Workflow.Casework.Application.Cover;

/// <summary>One leave-cover arrangement with names: who is away, who covers, from and to (China dates), and whether it was cleared.</summary>
public sealed record DeputyView(string Id, string UserId, string UserName, string DeputyId, string DeputyName, DateOnly From, DateOnly To, bool Cleared,
    bool InForce);

namespace Workflow.Engine.Ports;

/// <summary>A user who may claim a task, and why (for example "持有岗位 审核 @ 510722103000").</summary>
public sealed record Candidate(string UserId, string Reason);

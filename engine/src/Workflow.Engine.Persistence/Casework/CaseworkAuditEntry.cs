namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// One casework action outside the engine's own events: intake, refusal, a personal-data reveal, an organisation
/// edit. <paramref name="Detail"/> is JSON and never holds the revealed value itself.
/// </summary>
public sealed record CaseworkAuditEntry(
    string Id,
    DateTimeOffset At,
    string ActorId,
    string Action,
    string SubjectType,
    string SubjectId,
    string Detail);

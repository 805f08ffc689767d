using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application;

/// <summary>
/// The audit entries of the people the ledger knows (subject <c>person</c>, by person key, never an ID number):
/// <c>person.known</c> (met at the window), <c>person.population</c> (population data), <c>person.died</c>.
/// </summary>
public static class KnownPeopleAudit
{
    public const string Known = "person.known";
    public const string Population = "person.population";
    public const string Died = "person.died";

    public static CaseworkAuditEntry Of(TimeProvider time, string actorId, string action, string personKey, object facts)
    {
        ArgumentNullException.ThrowIfNull(time);
        return CaseworkAudit.Entry(time.GetUtcNow(), actorId, action, "person", personKey, facts);
    }
}

namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// What a walk of the audit chains found: how much it checked (instances and their events, casework audit entries),
/// and the first broken link if any. A break in the casework audit names <see cref="AuditChain.CaseworkChain"/> as
/// its instance.
/// </summary>
public sealed record AuditReport(long InstancesChecked, long EventsChecked, AuditBreak? FirstBreak, long AuditEntriesChecked = 0)
{
    public bool IsIntact => FirstBreak is null;
}

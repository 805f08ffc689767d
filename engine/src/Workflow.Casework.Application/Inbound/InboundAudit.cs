using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Inbound;

/// <summary>A casework audit entry about a message from another system (subject type <c>inbound</c>); the detail never holds a personal number.</summary>
public static class InboundAudit
{
    public const string SubjectType = "inbound";

    public static CaseworkAuditEntry Entry(TimeProvider time, string actorId, string action, string messageId, object detail)
    {
        ArgumentNullException.ThrowIfNull(time);
        return CaseworkAudit.Entry(time.GetUtcNow(), actorId, action, SubjectType, messageId, detail);
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Inbound;

/// <summary>A casework audit entry about a message from another system (subject type <c>inbound</c>); the detail never holds a personal number.</summary>
public static class InboundAudit
{
    public const string SubjectType = "inbound";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static CaseworkAuditEntry Entry(TimeProvider time, string actorId, string action, string messageId, object detail)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new(Guid.NewGuid().ToString("N"), time.GetUtcNow(), actorId, action, SubjectType, messageId, JsonSerializer.Serialize(detail, Json));
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application;

/// <summary>A casework audit entry (about an application, an entitlement, a message from another system, …), its detail serialized as readable JSON.</summary>
public static class CaseworkAudit
{
    // Audit details stay readable: Chinese as is, only what JSON requires escaped.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static CaseworkAuditEntry OfApplication(TimeProvider time, Caller caller, string action, string applicationId, object detail)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(caller);
        return Entry(time.GetUtcNow(), caller.Id, action, "application", applicationId, detail);
    }

    /// <summary>An entry with a fresh id about any subject; <paramref name="detail"/> must hold no personal number.</summary>
    public static CaseworkAuditEntry Entry(DateTimeOffset at, string actorId, string action, string subjectType, string subjectId, object detail) =>
        new(Guid.NewGuid().ToString("N"), at, actorId, action, subjectType, subjectId, JsonSerializer.Serialize(detail, Json));
}

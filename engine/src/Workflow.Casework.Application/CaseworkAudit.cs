using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application;

/// <summary>An audit entry about an application, its detail serialized as readable JSON.</summary>
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
        return new(Guid.NewGuid().ToString("N"), time.GetUtcNow(), caller.Id, action, "application", applicationId, JsonSerializer.Serialize(detail, Json));
    }
}

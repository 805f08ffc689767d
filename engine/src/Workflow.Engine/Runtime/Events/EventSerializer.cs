using System.Text.Encodings.Web;
using System.Text.Json;

namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// Events as JSON, for storage and the audit trail. The type comes from the closed discriminator table on
/// <see cref="WorkflowEvent"/>; user data such as a variable holding <c>$id</c> or <c>$schema</c> keys stays plain data.
/// </summary>
public static class EventSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowOutOfOrderMetadataProperties = true,
    };

    public static string Serialize(WorkflowEvent e) => JsonSerializer.Serialize(e, Options);

    public static WorkflowEvent Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowEvent>(json, Options)
        ?? throw new JsonException("A stored event deserialized to null.");
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Engine.State;

/// <summary>
/// The operation fields of a task (claim, holder, signers, copies, supplement, evidence), written after the original
/// fields so a snapshot taken before they existed reads back with them empty.
/// </summary>
public static partial class InstanceSnapshot
{
    private static void WriteTaskOperations(Utf8JsonWriter w, TaskState t)
    {
        WriteNullableString(w, "claimedBy", t.ClaimedBy);
        WriteNullableString(w, "holder", t.Holder);
        WriteNullableString(w, "delegatedBy", t.DelegatedBy);
        w.WritePropertyName("signers");
        JsonSerializer.Serialize(w, t.Signers, Options);
        w.WritePropertyName("copies");
        JsonSerializer.Serialize(w, t.Copies, Options);
        w.WritePropertyName("supplement");
        JsonSerializer.Serialize(w, t.Supplement, Options);
        w.WritePropertyName("opinions");
        JsonSerializer.Serialize(w, t.Opinions, Options);
        w.WritePropertyName("deliberations");
        JsonSerializer.Serialize(w, t.Deliberations, Options);
    }

    private static void AddTaskOperations(JsonObject o, TaskState t)
    {
        o["claimedBy"] = t.ClaimedBy;
        o["holder"] = t.Holder;
        o["delegatedBy"] = t.DelegatedBy;
        o["signers"] = JsonSerializer.SerializeToNode(t.Signers, Options);
        o["copies"] = JsonSerializer.SerializeToNode(t.Copies, Options);
        o["supplement"] = JsonSerializer.SerializeToNode(t.Supplement, Options);
        o["opinions"] = JsonSerializer.SerializeToNode(t.Opinions, Options);
        o["deliberations"] = JsonSerializer.SerializeToNode(t.Deliberations, Options);
    }

    private static TaskState ReadTaskOperations(TaskState task, JsonElement t)
    {
        task.ClaimedBy = Optional(t, "claimedBy")?.GetString();
        task.Holder = Optional(t, "holder")?.GetString();
        task.DelegatedBy = Optional(t, "delegatedBy")?.GetString();
        task.Supplement = Optional(t, "supplement")?.Deserialize<SupplementState>(Options);
        AddAll(task.Signers, Optional(t, "signers")?.Deserialize<List<SignerState>>(Options));
        AddAll(task.Copies, Optional(t, "copies")?.Deserialize<List<string>>(Options));
        AddAll(task.Opinions, Optional(t, "opinions")?.Deserialize<List<DelegateOpinion>>(Options));
        AddAll(task.Deliberations, Optional(t, "deliberations")?.Deserialize<List<Deliberation>>(Options));
        return task;
    }

    private static TaskState ReadTaskOperations(TaskState task, JsonObject t)
    {
        task.ClaimedBy = t["claimedBy"]?.GetValue<string>();
        task.Holder = t["holder"]?.GetValue<string>();
        task.DelegatedBy = t["delegatedBy"]?.GetValue<string>();
        task.Supplement = t["supplement"].Deserialize<SupplementState>(Options);
        AddAll(task.Signers, t["signers"].Deserialize<List<SignerState>>(Options));
        AddAll(task.Copies, t["copies"].Deserialize<List<string>>(Options));
        AddAll(task.Opinions, t["opinions"].Deserialize<List<DelegateOpinion>>(Options));
        AddAll(task.Deliberations, t["deliberations"].Deserialize<List<Deliberation>>(Options));
        return task;
    }

    private static void AddAll<T>(List<T> target, List<T>? items)
    {
        if (items is not null)
        {
            target.AddRange(items);
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Engine.State;

/// <summary>
/// The operation fields of a task (claim, holder, signers, copies, supplement, evidence) in every snapshot form,
/// written after the original fields so a snapshot taken before they existed reads back with them empty.
/// </summary>
internal static class SnapshotTaskOperations
{
    public static void Write(Utf8JsonWriter w, TaskState t)
    {
        SnapshotJsonWriter.WriteNullableString(w, "claimedBy", t.ClaimedBy);
        SnapshotJsonWriter.WriteNullableString(w, "holder", t.Holder);
        SnapshotJsonWriter.WriteNullableString(w, "delegatedBy", t.DelegatedBy);
        w.WritePropertyName("signers");
        JsonSerializer.Serialize(w, t.Signers, InstanceSnapshot.Options);
        w.WritePropertyName("copies");
        JsonSerializer.Serialize(w, t.Copies, InstanceSnapshot.Options);
        w.WritePropertyName("supplement");
        JsonSerializer.Serialize(w, t.Supplement, InstanceSnapshot.Options);
        w.WritePropertyName("opinions");
        JsonSerializer.Serialize(w, t.Opinions, InstanceSnapshot.Options);
        w.WritePropertyName("deliberations");
        JsonSerializer.Serialize(w, t.Deliberations, InstanceSnapshot.Options);
    }

    public static void Add(JsonObject o, TaskState t)
    {
        o["claimedBy"] = t.ClaimedBy;
        o["holder"] = t.Holder;
        o["delegatedBy"] = t.DelegatedBy;
        o["signers"] = JsonSerializer.SerializeToNode(t.Signers, InstanceSnapshot.Options);
        o["copies"] = JsonSerializer.SerializeToNode(t.Copies, InstanceSnapshot.Options);
        o["supplement"] = JsonSerializer.SerializeToNode(t.Supplement, InstanceSnapshot.Options);
        o["opinions"] = JsonSerializer.SerializeToNode(t.Opinions, InstanceSnapshot.Options);
        o["deliberations"] = JsonSerializer.SerializeToNode(t.Deliberations, InstanceSnapshot.Options);
    }

    public static TaskState Read(TaskState task, JsonElement t)
    {
        task.ClaimedBy = SnapshotJsonReader.Optional(t, "claimedBy")?.GetString();
        task.Holder = SnapshotJsonReader.Optional(t, "holder")?.GetString();
        task.DelegatedBy = SnapshotJsonReader.Optional(t, "delegatedBy")?.GetString();
        task.Supplement = SnapshotJsonReader.Optional(t, "supplement")?.Deserialize<SupplementState>(InstanceSnapshot.Options);
        AddAll(task.Signers, SnapshotJsonReader.Optional(t, "signers")?.Deserialize<List<SignerState>>(InstanceSnapshot.Options));
        AddAll(task.Copies, SnapshotJsonReader.Optional(t, "copies")?.Deserialize<List<string>>(InstanceSnapshot.Options));
        AddAll(task.Opinions, SnapshotJsonReader.Optional(t, "opinions")?.Deserialize<List<DelegateOpinion>>(InstanceSnapshot.Options));
        AddAll(task.Deliberations, SnapshotJsonReader.Optional(t, "deliberations")?.Deserialize<List<Deliberation>>(InstanceSnapshot.Options));
        return task;
    }

    public static TaskState Read(TaskState task, JsonObject t)
    {
        task.ClaimedBy = t["claimedBy"]?.GetValue<string>();
        task.Holder = t["holder"]?.GetValue<string>();
        task.DelegatedBy = t["delegatedBy"]?.GetValue<string>();
        task.Supplement = t["supplement"].Deserialize<SupplementState>(InstanceSnapshot.Options);
        AddAll(task.Signers, t["signers"].Deserialize<List<SignerState>>(InstanceSnapshot.Options));
        AddAll(task.Copies, t["copies"].Deserialize<List<string>>(InstanceSnapshot.Options));
        AddAll(task.Opinions, t["opinions"].Deserialize<List<DelegateOpinion>>(InstanceSnapshot.Options));
        AddAll(task.Deliberations, t["deliberations"].Deserialize<List<Deliberation>>(InstanceSnapshot.Options));
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

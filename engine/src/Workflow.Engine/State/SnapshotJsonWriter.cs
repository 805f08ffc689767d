using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Engine.State;

/// <summary>
/// The snapshot written straight to a <see cref="Utf8JsonWriter"/> (<see cref="InstanceSnapshot.ToJson"/>): the same
/// bytes as rendering <see cref="InstanceSnapshot.ToNode"/>, without building the node tree (the store writes one per
/// commit).
/// </summary>
internal static class SnapshotJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static string Write(IInstanceView view)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, view);
        }
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 1 << 20)
        {
            t_buffer = null;
        }
        return json;
    }

    private static void Write(Utf8JsonWriter w, IInstanceView view)
    {
        w.WriteStartObject();
        w.WriteString("instanceId", view.InstanceId);
        w.WriteString("definitionId", view.DefinitionId);
        w.WriteString("definitionVersionId", view.DefinitionVersionId);
        w.WriteNumber("definitionVersion", view.DefinitionVersion);
        w.WriteNumber("version", view.Version);
        w.WriteString("subStatus", view.SubStatus.ToString());
        w.WriteString("createdAt", view.CreatedAt);
        w.WriteString("updatedAt", view.UpdatedAt);
        w.WritePropertyName("input");
        WriteNode(w, view.Input);
        w.WritePropertyName("variables");
        WriteSorted(w, view.Variables, static (w, v) => WriteNode(w, v));
        w.WritePropertyName("scopes");
        WriteSorted(w, view.Scopes, static (w, s) => WriteScope(w, s));
        w.WritePropertyName("bookmarks");
        WriteSorted(w, view.Bookmarks, static (w, b) => JsonSerializer.Serialize(w, b, InstanceSnapshot.Options));
        w.WritePropertyName("tasks");
        WriteSorted(w, view.Tasks, static (w, t) => WriteTask(w, t));
        w.WritePropertyName("timers");
        WriteSorted(w, view.Timers, static (w, t) => JsonSerializer.Serialize(w, t, InstanceSnapshot.Options));
        w.WritePropertyName("clocks");
        WriteSorted(w, view.Clocks, static (w, c) => JsonSerializer.Serialize(w, c, InstanceSnapshot.Options));
        w.WriteStartArray("lines");
        foreach (var line in view.Lines)
        {
            if (line is null)
            {
                w.WriteNullValue();
            }
            else
            {
                w.WriteStringValue(line);
            }
        }
        w.WriteEndArray();
        w.WritePropertyName("journal");
        JsonSerializer.Serialize(w, view.Journal, InstanceSnapshot.Options);
        w.WritePropertyName("incidents");
        JsonSerializer.Serialize(w, view.Incidents, InstanceSnapshot.Options);
        w.WriteEndObject();
    }

    private static void WriteScope(Utf8JsonWriter w, ScopeState s)
    {
        w.WriteStartObject();
        WriteNullableString(w, "parent", s.ParentScopeId);
        w.WriteString("flowchart", s.FlowchartNodeId);
        WriteNullableString(w, "owner", s.OwnerActivityId);
        w.WritePropertyName("locals");
        WriteSorted(w, s.Locals, static (w, v) => WriteNode(w, v));
        w.WritePropertyName("joins");
        WriteSorted(w, s.Joins, static (w, j) =>
        {
            w.WriteStartObject();
            w.WriteBoolean("fired", j.Fired);
            w.WritePropertyName("arrivals");
            WriteSorted(w, j.Arrivals.Select(a => KeyValuePair.Create(a.Key.ToString(CultureInfo.InvariantCulture), a.Value)),
                static (w, live) => w.WriteBooleanValue(live));
            w.WriteEndObject();
        });
        w.WritePropertyName("containers");
        WriteSorted(w, s.OpenContainers, static (w, c) => w.WriteNumberValue(c));
        w.WritePropertyName("chains");
        WriteSorted(w, s.Chains, static (w, c) => JsonSerializer.Serialize(w, c, InstanceSnapshot.Options));
        if (s.FollowUps.Count > 0)
        {
            // Written only when present, so snapshots of cases without one read as before.
            w.WritePropertyName("followUps");
            WriteSorted(w, s.FollowUps, static (w, f) => JsonSerializer.Serialize(w, f, InstanceSnapshot.Options));
        }
        w.WriteEndObject();
    }

    private static void WriteTask(Utf8JsonWriter w, TaskState t)
    {
        w.WriteStartObject();
        w.WritePropertyName("opened");
        JsonSerializer.Serialize(w, t.Opened, InstanceSnapshot.Options);
        w.WriteString("status", t.Status.ToString());
        WriteNullableTime(w, "dueAt", t.DueAt);
        WriteNullableString(w, "outcome", t.Outcome);
        WriteNullableString(w, "actor", t.ActorId);
        WriteNullableString(w, "comment", t.Comment);
        w.WritePropertyName("data");
        WriteNode(w, t.Data);
        WriteNullableTime(w, "closedAt", t.ClosedAt);
        SnapshotTaskOperations.Write(w, t);
        w.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter w, JsonNode? node)
    {
        if (node is null)
        {
            w.WriteNullValue();
        }
        else
        {
            node.WriteTo(w, InstanceSnapshot.Options);
        }
    }

    internal static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNullableTime(Utf8JsonWriter w, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            w.WriteString(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteSorted<T>(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, T>> items, Action<Utf8JsonWriter, T> render)
    {
        w.WriteStartObject();
        foreach (var (key, value) in items.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            w.WritePropertyName(key);
            render(w, value);
        }
        w.WriteEndObject();
    }
}

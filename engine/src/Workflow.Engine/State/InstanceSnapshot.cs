using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Engine.State;

/// <summary>
/// A canonical JSON rendering of an instance: every field, dictionaries sorted by key. Two states are equal exactly
/// when their snapshots are equal, which is how replay is checked against live state. Stores keep it as the
/// instance row and load it back with <see cref="FromJson"/>. Each form has its own writer and reader.
/// </summary>
public static class InstanceSnapshot
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The snapshot as JSON text, written without building a node tree (the store writes one per commit).</summary>
    public static string ToJson(IInstanceView view) => SnapshotJsonWriter.Write(view);

    /// <summary>The snapshot as a node tree; <see cref="ToJson"/> writes the same JSON without building it.</summary>
    public static JsonObject ToNode(IInstanceView view) => SnapshotNodeWriter.Write(view);

    /// <summary>Reads <see cref="ToJson"/>'s text back: <c>FromJson(ToJson(s))</c> has the same snapshot as <c>s</c>.</summary>
    public static InstanceState FromJson(string json) => SnapshotJsonReader.Read(json);

    /// <summary>Reads <see cref="ToNode"/>'s tree back.</summary>
    public static InstanceState FromNode(JsonObject o) => SnapshotNodeReader.Read(o);

    /// <summary>The node <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/> gives for the element.</summary>
    internal static JsonNode? Node(JsonElement? element) => SnapshotJsonReader.Node(element);
}

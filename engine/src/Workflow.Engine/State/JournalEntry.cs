using System.Text.Json.Nodes;

namespace Workflow.Engine.State;

/// <summary>One activity execution record, in the order they happened.</summary>
public sealed record JournalEntry(
    string NodeId,
    string ActivityType,
    IReadOnlyList<string> Outcomes,
    IReadOnlyDictionary<string, JsonNode?>? Inputs,
    DateTimeOffset At);

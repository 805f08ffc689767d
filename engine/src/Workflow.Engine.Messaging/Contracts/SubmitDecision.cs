using System.Text.Json.Nodes;

namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// An officer's decision on an approval task, sent to the engine queue so that any host may record it. It becomes a
/// <c>RecordDecision</c> command; <paramref name="RequestKey"/> makes a redelivery or a double click harmless.
/// </summary>
/// <param name="Actor">Who decides; the engine checks their posts and divisions against the task.</param>
/// <param name="Outcome">One of the task's outcomes, e.g. <c>approve</c>, <c>reject</c>, <c>return</c>.</param>
public sealed record SubmitDecision(
    string InstanceId,
    string TaskId,
    BusActor Actor,
    string Outcome,
    string? Comment,
    JsonObject? Data,
    string RequestKey);

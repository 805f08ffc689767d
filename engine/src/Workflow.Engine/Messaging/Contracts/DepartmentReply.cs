using System.Text.Json.Nodes;

namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// A department's answer to a <see cref="TaskAssigned"/>, sent by a department that runs its own system. The engine
/// consumes it as a department-reply command. <paramref name="RequestKey"/> (or else the message id) makes a
/// redelivery harmless.
/// </summary>
/// <param name="Outcome">One of the task's outcomes, e.g. <c>approve</c> or <c>reject</c>.</param>
/// <param name="Data">Free-form result data, e.g. <c>{"amount": 1500}</c>.</param>
public sealed record DepartmentReply(
    string TaskId,
    string InstanceId,
    string DepartmentCode,
    string ActorId,
    string Outcome,
    string? Comment,
    JsonObject? Data,
    string? RequestKey);

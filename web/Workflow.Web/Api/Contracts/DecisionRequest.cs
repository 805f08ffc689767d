using System.Text.Json.Nodes;

namespace Workflow.Web.Api.Contracts;

/// <summary>
/// <c>POST /api/tasks/{instanceId}/{taskId}/decision</c>. <paramref name="RequestKey"/> lets a client retry safely
/// once the persistent store honours it.
/// </summary>
public sealed record DecisionRequest(string? Outcome, string? Comment, JsonObject? Data, string? RequestKey);

using System.Text.Json.Nodes;

namespace Workflow.Web.Api.Contracts;

/// <summary>
/// <c>POST /api/tasks/{instanceId}/{taskId}/reply</c>: a department answers a referral. <paramref name="Department"/>
/// may be left out when the caller's <c>X-Departments</c> names exactly one department.
/// </summary>
public sealed record ReplyRequest(string? Department, string? Outcome, string? Comment, JsonObject? Data, string? RequestKey);

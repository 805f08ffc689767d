using System.Text.Json.Nodes;

namespace Workflow.Web.Api.Contracts;

/// <summary>
/// <c>POST /api/instances</c>. <paramref name="Version"/> null means the latest published version;
/// <paramref name="Input"/> carries <c>divisionCode</c> (12 digits) and the application fields.
/// </summary>
public sealed record StartInstanceRequest(string? DefinitionId, int? Version, JsonObject? Input);

using Workflow.Engine.Validation;

namespace Workflow.Web.Api.Contracts;

/// <summary>The answer of <c>POST /api/definitions/validate</c> for a readable file: valid or not, with every error's JSON path.</summary>
public sealed record ValidationReport(bool Valid, string? DefinitionId, int? Version, IReadOnlyList<DefinitionError> Errors);

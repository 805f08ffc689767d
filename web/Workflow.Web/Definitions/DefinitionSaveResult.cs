using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Definitions;

/// <summary>
/// What saving a draft, importing or publishing gave back. A draft is saved even with validation errors (they are
/// listed, so the designer can show them); publishing refuses any error. <see cref="Version"/> is the published
/// version, or 0 for a saved draft.
/// </summary>
public sealed record DefinitionSaveResult(string DefinitionId, int? Version, IReadOnlyList<DefinitionProblem> Problems, Rejection? Rejection = null)
{
    public bool Succeeded => Version is not null && Rejection is null;

    public bool HasErrors => Problems.Any(p => p.IsError);

    public static DefinitionSaveResult Refused(string definitionId, Rejection rejection, IReadOnlyList<DefinitionProblem>? problems = null) =>
        new(definitionId, null, problems ?? [], rejection);
}

namespace Workflow.Web.Definitions;

/// <summary>
/// A validation error or warning of a definition document as the designer shows it: the JSON path and code from the
/// engine's reader, and the id of the activity the path points into (null for problems of the whole document).
/// </summary>
public sealed record DefinitionProblem(string Path, string Code, string Message, bool IsError, string? ActivityId);

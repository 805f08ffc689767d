namespace Workflow.Casework;

/// <summary>
/// One validation failure: <paramref name="Field"/> is a path such as <c>applicant.idNumber</c>,
/// <c>household[1].idNumber</c> or <c>divisions[3].parentCode</c>; <paramref name="Message"/> is Chinese and names
/// the field, so it can be shown to a clerk as is (and mapped to a 400 ProblemDetails by the API).
/// </summary>
public sealed record FieldError(string Field, string Message);

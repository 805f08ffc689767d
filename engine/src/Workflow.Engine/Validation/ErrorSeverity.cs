namespace Workflow.Engine.Validation;

/// <summary>Errors block publishing; warnings are reported but do not.</summary>
public enum ErrorSeverity
{
    Error,
    Warning,
}

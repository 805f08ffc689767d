namespace Workflow.Engine.Validation;

/// <summary>One problem in a definition file: where it is (a JSON path), a stable code, and a message for people.</summary>
public sealed record DefinitionError(string Path, string Code, string Message, ErrorSeverity Severity = ErrorSeverity.Error)
{
    public override string ToString() => $"{(Severity == ErrorSeverity.Error ? "错误" : "警告")} {Path}: {Message} [{Code}]";
}

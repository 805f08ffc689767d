namespace Workflow.Engine.Expressions;

/// <summary>
/// An expression could not be evaluated (syntax error, runaway script, missing variable). The runner turns it into
/// an incident on the instance; it never escapes the engine.
/// </summary>
public sealed class ExpressionFailedException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;
}

using Workflow.Casework;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application;

/// <summary>What a casework operation gives back: a value, the engine-style rejection, or bad fields (400).</summary>
public sealed record CaseworkOutcome<T>(T? Value, Rejection? Rejection = null, IReadOnlyList<FieldError>? Errors = null)
{
    public static implicit operator CaseworkOutcome<T>(T value) => new(value);

    public static implicit operator CaseworkOutcome<T>(Rejection rejection) => new(default, rejection);

    public static CaseworkOutcome<T> Invalid(IReadOnlyList<FieldError> errors) => new(default, null, errors);
}

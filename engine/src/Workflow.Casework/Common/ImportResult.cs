namespace Workflow.Casework;

/// <summary>
/// The outcome of reading an import. Readers never throw on bad input: either <see cref="Value"/> is set and
/// <see cref="Errors"/> is empty, or <see cref="Value"/> is null and <see cref="Errors"/> says what to fix.
/// </summary>
public sealed class ImportResult<T>
    where T : class
{
    private ImportResult(T? value, IReadOnlyList<ImportError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<ImportError> Errors { get; }

    public bool Succeeded => Value is not null;

    public static ImportResult<T> Success(T value) => new(value, []);

    public static ImportResult<T> Failure(IReadOnlyList<ImportError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("Expected at least one error, but the list is empty.", nameof(errors)) : new(null, errors);
}

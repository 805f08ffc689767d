using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Workflow.Engine.Persistence;

/// <summary>Refuses a host start with no dialect, an empty or malformed connection string, or a batch size below 1.</summary>
public sealed class PersistenceOptionsValidator : IValidateOptions<PersistenceOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistenceOptions options)
    {
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IReadOnlyList<string> Check(PersistenceOptions options)
    {
        var errors = new List<string>();
        if (options.Dialect is null)
        {
            errors.Add("Expected a database (UseSqlite, UsePostgres or UseSqlServer), but none was chosen.");
        }
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add("Expected a connection string, but it is empty.");
        }
        else
        {
            try
            {
                _ = new DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
            }
            catch (ArgumentException ex)
            {
                errors.Add($"Expected a well-formed connection string, but it is not: {ex.Message}");
            }
        }
        if (options.MaxGroupCommitBatch < 1)
        {
            errors.Add($"Expected MaxGroupCommitBatch to be at least 1, but it is {options.MaxGroupCommitBatch}.");
        }
        return errors;
    }
}

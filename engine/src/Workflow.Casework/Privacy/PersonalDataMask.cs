namespace Workflow.Casework;

/// <summary>
/// Masks personal data for display: <c>510722********1234</c>, <c>138****5678</c>, <c>**** **** 1234</c>. Names stay
/// as they are (officers must know whom they serve). Masking is for views only: stored data is never masked.
/// </summary>
public static class PersonalDataMask
{
    /// <summary>Keeps the 6-digit region and the last 4 characters.</summary>
    public static string? IdNumber(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }
        var v = value.Trim();
        return v.Length <= 10 ? new string('*', v.Length) : v[..6] + new string('*', v.Length - 10) + v[^4..];
    }

    /// <summary>Keeps the first 3 and last 4 characters (mobile and landline alike).</summary>
    public static string? Phone(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }
        var v = value.Trim();
        return v.Length <= 7 ? new string('*', v.Length) : v[..3] + new string('*', v.Length - 7) + v[^4..];
    }

    /// <summary>Only the last 4 digits, as on a bank slip.</summary>
    public static string? BankAccount(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }
        var digits = value.Replace(" ", "", StringComparison.Ordinal);
        return digits.Length <= 4 ? "****" : "**** **** " + digits[^4..];
    }

    /// <summary>Names are shown in full.</summary>
    public static string? Name(string? value) => value;

    /// <summary>
    /// A name in a file that leaves the system (an Excel export): the first character and the last of three or more,
    /// <c>张*英</c>, <c>李*</c>. On pages names stay in full (<see cref="Name"/>).
    /// </summary>
    public static string? NameInExport(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return value;
        }
        var v = value.Trim();
        return v.Length switch
        {
            1 => "*",
            2 => v[..1] + "*",
            _ => v[..1] + new string('*', v.Length - 2) + v[^1..],
        };
    }

    public static string? Mask(RevealableField field, string? value) => field switch
    {
        RevealableField.IdNumber => IdNumber(value),
        RevealableField.Phone => Phone(value),
        RevealableField.BankAccount => BankAccount(value),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Expected IdNumber, Phone or BankAccount."),
    };
}

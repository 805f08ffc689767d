using System.Text.RegularExpressions;

namespace Workflow.Casework;

/// <summary>Phone and bank-account shapes accepted at the window.</summary>
public static partial class ContactFormats
{
    /// <summary>An 11-digit mainland mobile (1[3-9]…) or a landline with area code (023-12345678, 02312345678, optional -ext).</summary>
    public static bool IsPhone(string? value) => value is not null && (Mobile().IsMatch(value.Trim()) || Landline().IsMatch(value.Trim()));

    /// <summary>12–30 digits; spaces are allowed between groups as printed on a card.</summary>
    public static bool IsBankAccount(string? value)
    {
        if (value is null)
        {
            return false;
        }
        var digits = value.Replace(" ", "", StringComparison.Ordinal);
        return digits.Length is >= 12 and <= 30 && Digits.All(digits);
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^0\d{2,3}-?\d{7,8}(-\d{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();
}

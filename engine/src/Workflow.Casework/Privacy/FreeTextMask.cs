using System.Text.RegularExpressions;

namespace Workflow.Casework;

/// <summary>
/// Free text (opinions, minutes, notices, reasons) can carry an ID number, a phone or a bank account someone typed.
/// Views pass it through here: 18-digit ID numbers, mobile and landline numbers and 16–19-digit account numbers are
/// masked like the catalogued fields. Codes the system writes (12-digit division codes, case numbers, dates) are left.
/// </summary>
public static partial class FreeTextMask
{
    public static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsAsciiDigit) || HexIdentifier().IsMatch(text))
        {
            return text;
        }
        var masked = IdNumber().Replace(text, m => PersonalDataMask.IdNumber(m.Value)!);
        masked = BankAccount().Replace(masked, m => PersonalDataMask.BankAccount(m.Value)!);
        masked = Mobile().Replace(masked, m => PersonalDataMask.Phone(m.Value)!);
        return Landline().Replace(masked, m => PersonalDataMask.Phone(m.Value)!);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumber();

    // Card numbers are printed in groups with spaces; a case number's dashes never make one.
    [GeneratedRegex(@"(?<![0-9A-Za-z*])(?:\d ?){15,18}\d(?![0-9A-Za-z*])", RegexOptions.CultureInvariant)]
    private static partial Regex BankAccount();

    [GeneratedRegex(@"(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9A-Za-z-])0\d{2,3}-\d{7,8}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();

    /// <summary>Ids and hashes the system makes (GUIDs, SHA-256): never personal, and digit runs in them are chance.</summary>
    [GeneratedRegex(@"^[0-9a-fA-F-]{32,}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexIdentifier();
}

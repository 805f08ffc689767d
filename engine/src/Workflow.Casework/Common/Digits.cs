namespace Workflow.Casework;

/// <summary>ASCII-digit checks shared by codes, ID numbers, phones and bank accounts (full-width digits are rejected).</summary>
internal static class Digits
{
    public static bool All(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('0', '9');
}

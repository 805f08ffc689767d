namespace Workflow.Casework;

/// <summary>
/// The catalogue of personal fields: the keys under which case input, variables, events and application bodies carry
/// an ID number, a phone or a bank account. Views mask a value by its key's entry here, never by guessing from the
/// key's name; every other text is scanned by <see cref="FreeTextMask"/>. A new personal field is added here.
/// </summary>
public static class PersonalFieldCatalogue
{
    private static readonly Dictionary<string, RevealableField> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        // Case input (SubCaseStarter in the application layer, NeedsAssessment) and the application form.
        [Workflow.Engine.State.CaseInputKeys.ApplicantIdNumber] = RevealableField.IdNumber,
        ["applicantPhone"] = RevealableField.Phone,
        ["applicantBankAccount"] = RevealableField.BankAccount,
        ["idNumber"] = RevealableField.IdNumber,
        ["phone"] = RevealableField.Phone,
        ["bankAccount"] = RevealableField.BankAccount,
        // The organisation's 回避 data and the people named in events.
        ["relativeIdNumbers"] = RevealableField.IdNumber,
        ["applicantIdNumbers"] = RevealableField.IdNumber,
        ["guardianIdNumber"] = RevealableField.IdNumber,
        ["guardianPhone"] = RevealableField.Phone,
        ["contactPhone"] = RevealableField.Phone,
        // Messages from other systems and the cases they start (issue 11).
        ["householdIdNumber"] = RevealableField.IdNumber,
        ["deceasedIdNumber"] = RevealableField.IdNumber,
        ["reporterContact"] = RevealableField.Phone,
    };

    /// <summary>The kind of personal field <paramref name="key"/> holds; null for a key that is not one.</summary>
    public static RevealableField? Of(string? key) => key is not null && Fields.TryGetValue(key, out var field) ? field : null;

    /// <summary>A value as a view shows it: by its catalogue entry, or scanned as free text.</summary>
    public static string? MaskForView(string? key, string? value) =>
        Of(key) is { } field ? PersonalDataMask.Mask(field, value) : FreeTextMask.Mask(value);
}

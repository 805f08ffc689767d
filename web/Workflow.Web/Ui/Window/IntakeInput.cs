using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;

namespace Workflow.Web.Ui.Window;

/// <summary>The intake form as posted: the applicant, the household rows, the items and the needs assessment.</summary>
public sealed class IntakeInput
{
    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    public string? Phone { get; set; }

    public string? BankAccount { get; set; }

    public string? HukouDivisionCode { get; set; }

    public string? ResidenceDivisionCode { get; set; }

    public bool HasResidencePermit { get; set; }

    public List<MemberInput> Members { get; set; } = [];

    public List<string> Items { get; set; } = [];

    public bool HasSchoolChild { get; set; }

    public bool HasChronicIllness { get; set; }

    public bool Emergency { get; set; }

    public string? DisabilityGrade { get; set; }

    public bool HousingDifficulty { get; set; }

    public bool Unemployed { get; set; }

    public bool Consent { get; set; }

    /// <summary>代为申请 (optional): who applies for the applicant, their post, and whose consent.</summary>
    public string? ProxyName { get; set; }

    public string? ProxyPost { get; set; }

    public string? ProxyConsent { get; set; }

    public string? ProxyConsentNote { get; set; }

    public string? ProxyNoConsentReason { get; set; }

    /// <summary>Rows left completely empty are not members; dropped before validation so error indexes match the rows shown.</summary>
    public IReadOnlyList<MemberInput> FilledMembers =>
        Members.Where(m => !string.IsNullOrWhiteSpace(m.Name) || !string.IsNullOrWhiteSpace(m.Relation) || !string.IsNullOrWhiteSpace(m.IdNumber)).ToList();

    public ApplicationRequest ToRequest(string? requestKey) => new(
        null,
        new ApplicantBody(Trim(Name), Trim(IdNumber), Trim(Phone), Trim(BankAccount), Trim(HukouDivisionCode),
            Trim(ResidenceDivisionCode) ?? Trim(HukouDivisionCode), HasResidencePermit),
        FilledMembers.Select(m => new MemberBody(Trim(m.Name), Trim(m.Relation), Trim(m.IdNumber))).ToList(),
        Items.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList(),
        new AssessmentBody(HasSchoolChild, HasChronicIllness, HousingDifficulty, Unemployed, Emergency, Trim(DisabilityGrade)),
        Consent,
        "window",
        requestKey,
        Trim(ProxyName) is null && Trim(ProxyPost) is null
            ? null
            : new OnBehalfBody(Trim(ProxyName), Trim(ProxyPost), Trim(ProxyConsent), Trim(ProxyConsentNote), Trim(ProxyNoConsentReason)));

    /// <summary>The form again from a saved draft (暂存), to resume it.</summary>
    public static IntakeInput From(ApplicationRequest form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var a = form.Applicant;
        var n = form.Assessment;
        var p = form.OnBehalf;
        return new IntakeInput
        {
            Name = a?.Name, IdNumber = a?.IdNumber, Phone = a?.Phone, BankAccount = a?.BankAccount, HukouDivisionCode = a?.HukouDivisionCode,
            ResidenceDivisionCode = a?.ResidenceDivisionCode, HasResidencePermit = a?.HasResidencePermit ?? false,
            Members = (form.Household ?? []).Select(m => new MemberInput { Name = m.Name, Relation = m.Relation, IdNumber = m.IdNumber }).ToList(),
            Items = (form.Items ?? []).ToList(),
            HasSchoolChild = n?.HasSchoolChild ?? false, HasChronicIllness = n?.HasChronicIllness ?? false, HousingDifficulty = n?.HousingDifficulty ?? false,
            Unemployed = n?.Unemployed ?? false, Emergency = n?.Emergency ?? false, DisabilityGrade = n?.DisabilityGrade,
            Consent = form.ConsentToFinancialCheck,
            ProxyName = p?.Name, ProxyPost = p?.Post, ProxyConsent = p?.Consent, ProxyConsentNote = p?.ConsentNote, ProxyNoConsentReason = p?.NoConsentReason,
        };
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

namespace Workflow.Engine.State;

/// <summary>
/// The keys of a case's input that the engine, casework and the web read or write by name. Each is spelled here once:
/// a key written differently in one project would silently read nothing.
/// </summary>
public static class CaseInputKeys
{
    /// <summary>The 12-digit division of the household: who gets each task, whose calendar counts.</summary>
    public const string DivisionCode = "divisionCode";

    /// <summary>The service item (低保, 特困 …) whose routing rule and catalogue entry apply.</summary>
    public const string ServiceItem = "serviceItem";

    public const string ApplicantName = "applicantName";

    /// <summary>The applicant's ID number: 回避 checks and the yearly cap read it; views mask it.</summary>
    public const string ApplicantIdNumber = "applicantIdNumber";

    /// <summary>A child-protection or orphan case (<see cref="State.ChildProtection"/>).</summary>
    public const string ChildProtection = "childProtection";

    /// <summary>The integrated application (一门受理) a sub-case belongs to.</summary>
    public const string ApplicationId = "applicationId";
}

namespace Workflow.Casework;

/// <summary>Codes of the built-in items; they are also the <c>serviceItem</c> values in definitions and routing rules.</summary>
public static class ServiceItemCodes
{
    public const string Dibao = "dibao";
    public const string Tekun = "tekun";
    public const string TemporaryAssistance = "temporary-assistance";
    public const string MedicalAssistance = "medical-assistance";
    public const string EducationAssistance = "education-assistance";
    public const string HousingAssistance = "housing-assistance";
    public const string EmploymentAssistance = "employment-assistance";
    public const string DisabilitySubsidies = "disability-subsidies";
    public const string Orphan = "orphan";
    public const string ChildProtection = "child-protection";
    public const string DeFactoUnsupportedChild = "de-facto-unsupported-child";
    public const string AlertVerification = "alert-verification";
    public const string FuneralRelief = "funeral-relief";

    /// <summary>高龄津贴, for people the population data does not know; the rule that grants it without application owns the code.</summary>
    public const string OldAgeAllowance = Benefits.OldAgeAllowance.ItemCode;
}

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
}

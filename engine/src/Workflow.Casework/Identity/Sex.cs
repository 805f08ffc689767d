namespace Workflow.Casework;

/// <summary>Sex as encoded in the 17th digit of a 居民身份证号码 (odd = male, even = female).</summary>
public enum Sex
{
    Male,
    Female,
}

namespace Workflow.Testing;

/// <summary>The district departments the test definitions refer cases to, by their codes.</summary>
public static class TestDepartments
{
    /// <summary>区教育局, which a 低保 referral asks about education assistance.</summary>
    public const string Education = "district-education";

    /// <summary>区残联, the district disabled persons' federation, which reviews 两项补贴.</summary>
    public const string DisabledPersonsFederation = "district-dpf";
}

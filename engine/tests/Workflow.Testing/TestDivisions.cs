namespace Workflow.Testing;

/// <summary>
/// The test cases' place in the 12-digit national division code: 重庆市巴南区 (500113), one township (500113102) and
/// one of its villages. An office at a level is the case's code cut to that level and padded with zeros.
/// </summary>
public static class TestDivisions
{
    public const string Village = "500113102001";
    public const string Township = "500113102000";
    public const string District = "500113000000";

    /// <summary>A neighbouring township of the same district: its officers must not decide the test cases.</summary>
    public const string OtherTownship = "500113103000";
}

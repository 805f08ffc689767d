namespace Workflow.Engine.Divisions;

/// <summary>
/// The five levels of the national 12-digit division code, valued by rank: a higher value is a higher office.
/// Definitions, routing rules and the organisation spell them <c>province</c>, <c>city</c>, <c>district</c>,
/// <c>township</c> and <c>village</c> (<see cref="AdministrativeLevelNames"/>).
/// </summary>
public enum AdministrativeLevel
{
    /// <summary>村（社区）: all 12 digits.</summary>
    Village = 0,

    /// <summary>乡镇（街道）: the first 9 digits.</summary>
    Township = 1,

    /// <summary>区（县）: the first 6 digits.</summary>
    District = 2,

    /// <summary>市: the first 4 digits.</summary>
    City = 3,

    /// <summary>省: the first 2 digits.</summary>
    Province = 4,
}

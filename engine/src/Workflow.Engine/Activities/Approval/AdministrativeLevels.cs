using Workflow.Engine.Divisions;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// The level names that definitions, routing rules and the organisation store (<c>township</c>), over the one table
/// in <see cref="AdministrativeLevelNames"/> and the code rules of <see cref="DivisionCode"/>.
/// </summary>
public static class AdministrativeLevels
{
    public static readonly IReadOnlyList<string> All = AdministrativeLevelNames.Codes;

    public static readonly IReadOnlyDictionary<string, string> ChineseNames =
        Enum.GetValues<AdministrativeLevel>().ToDictionary(l => l.Code(), l => l.Chinese());

    public static bool IsKnown(string level) => AdministrativeLevelNames.Parse(level) is not null;

    /// <summary>How high a level is: village 0, township 1, district 2, city 3, province 4; unknown names rank above all.</summary>
    public static int Rank(string level) => AdministrativeLevelNames.Parse(level) is { } known ? (int)known : int.MaxValue;

    /// <summary>The office at <paramref name="level"/> for a case in <paramref name="divisionCode"/>; an unknown level name keeps the whole code.</summary>
    public static string? DivisionAt(string? divisionCode, string level) =>
        DivisionCode.From(divisionCode)?.At(AdministrativeLevelNames.Parse(level) ?? AdministrativeLevel.Village).Value;
}

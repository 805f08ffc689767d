using Workflow.Engine.Divisions;

namespace Workflow.Casework;

/// <summary>
/// The split of one application: one <see cref="SubCasePlan"/> per distinct item. The parent case belongs to the
/// accepting window (统一窗口出件); <see cref="AcceptingJurisdictionCode"/> is the window's district. When a sub-case is
/// decided elsewhere (居住证 or 川渝通办), <see cref="IsCrossJurisdiction"/> is true and the hand-over must be tracked.
/// </summary>
public sealed record IntakePlan(string WindowDivisionCode, string? AcceptingJurisdictionCode, IReadOnlyList<SubCasePlan> SubCases)
{
    /// <summary>Some sub-case is decided outside the accepting district.</summary>
    public bool IsCrossJurisdiction => SubCases.Any(s => AcceptingJurisdictionCode is null || !InDistrict(s.CaseDivisionCode, AcceptingJurisdictionCode));

    /// <summary>Some sub-case is decided in another province (川渝通办, 异地代收代办).</summary>
    public bool IsCrossProvince => SubCases.Any(s => !Same(s.CaseDivisionCode, WindowDivisionCode, AdministrativeLevel.Province));

    private static bool InDistrict(string code, string district) => Same(code, district, AdministrativeLevel.District);

    private static bool Same(string a, string b, AdministrativeLevel level) =>
        DivisionCode.From(a) is { } x && DivisionCode.From(b) is { } y && x.SameAt(y, level);
}

namespace Workflow.Engine.Divisions;

/// <summary>
/// The one table between <see cref="AdministrativeLevel"/>, its stored code (<c>township</c>) and its Chinese name
/// (乡镇（街道）), which pages, default step titles and generated names all show.
/// </summary>
public static class AdministrativeLevelNames
{
    private static readonly (AdministrativeLevel Level, string Code, string Chinese)[] Table =
    [
        (AdministrativeLevel.Province, "province", "省"),
        (AdministrativeLevel.City, "city", "市"),
        (AdministrativeLevel.District, "district", "区县"),
        (AdministrativeLevel.Township, "township", "乡镇（街道）"),
        (AdministrativeLevel.Village, "village", "村（居）"),
    ];

    /// <summary>The stored codes, highest level first.</summary>
    public static IReadOnlyList<string> Codes { get; } = Table.Select(t => t.Code).ToArray();

    public static string Code(this AdministrativeLevel level) => Table.First(t => t.Level == level).Code;

    public static string Chinese(this AdministrativeLevel level) => Table.First(t => t.Level == level).Chinese;

    /// <summary>The level a stored code names; null for anything else.</summary>
    public static AdministrativeLevel? Parse(string? code)
    {
        foreach (var t in Table)
        {
            if (string.Equals(t.Code, code, StringComparison.Ordinal))
            {
                return t.Level;
            }
        }
        return null;
    }
}

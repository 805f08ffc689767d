using Workflow.Engine.Activities;
using Workflow.Engine.Activities.Design;

namespace Workflow.Web.Ui.Admin.Definitions;

/// <summary>
/// The designer's palette and the Chinese names of activity types, both read from the engine's activity table
/// (<see cref="ActivityTypes"/>); a type the table does not know is shown by its type name.
/// </summary>
public static class DesignerPalette
{
    public static IReadOnlyList<(PaletteGroup Group, IReadOnlyList<ActivityDescriptor> Types)> Groups { get; } =
        [.. PaletteGroup.All.Select(g => (Group: g, Types: ActivityTypes.Offered(g))).Where(g => g.Types.Count > 0)];

    public static string NameOf(string type) => ActivityTypes.Find(type)?.Label ?? type;
}

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflow.Engine.Validation;

namespace Workflow.Web.Definitions;

/// <summary>Turns the reader's errors into <see cref="DefinitionProblem"/>s, finding the activity each path points into.</summary>
internal static partial class DefinitionProblems
{
    public static IReadOnlyList<DefinitionProblem> From(IEnumerable<DefinitionError> errors, JsonObject? document)
    {
        var activities = document?["root"]?["activities"] as JsonArray;
        return errors.Select(e => new DefinitionProblem(e.Path, e.Code, e.Message, e.Severity == ErrorSeverity.Error, ActivityOf(e.Path, activities))).ToList();
    }

    /// <summary>Only top-level activities are placed on the designer's canvas, so a nested path maps to its top-level owner.</summary>
    private static string? ActivityOf(string path, JsonArray? activities)
    {
        var match = ActivityIndex().Match(path);
        if (!match.Success || activities is null)
        {
            return null;
        }
        var index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return index < activities.Count && activities[index]?["id"] is JsonValue id && id.TryGetValue<string>(out var text) ? text : null;
    }

    [GeneratedRegex(@"^\$\.root\.activities\[(\d+)\]")]
    private static partial Regex ActivityIndex();
}

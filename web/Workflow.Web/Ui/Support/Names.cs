using Workflow.Casework.Application;
using Workflow.Engine.Ports;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// The one place a page turns a code into the name people use: divisions, departments, users and service items
/// (a definition id is the item's code). Unknown codes come back unchanged, so a page never shows an empty cell.
/// Injected into pages and read by <see cref="DivisionTagHelper"/>.
/// </summary>
public sealed class Names(CaseworkDirectory directory, IDefinitionCatalog catalog)
{
    public string Division(string? code) =>
        directory.Organisation.DivisionName(code);

    public string Department(string? code) =>
        directory.Organisation.DepartmentName(code);

    /// <summary>The user's display name from the organisation, or the id when it does not know them.</summary>
    public string User(string? userId) =>
        directory.Organisation.UserName(userId);

    /// <summary>The service item's name from the latest published definition, e.g. <c>残疾人两项补贴</c>.</summary>
    public string Item(string? definitionId) =>
        definitionId is null ? "" : catalog.Find(definitionId, null)?.Name ?? definitionId;

    /// <summary>The registered divisions in <paramref name="caller"/>'s areas, by code (a township before its villages): what a list may be narrowed to.</summary>
    public IReadOnlyList<(string Code, string Name)> DivisionsSeenBy(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return directory.Organisation.Divisions.Where(d => caller.Sees(d.Code)).OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => (d.Code, d.Name)).ToList();
    }
}

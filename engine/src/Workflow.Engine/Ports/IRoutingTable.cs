namespace Workflow.Engine.Ports;

/// <summary>
/// Routing rules as data: per service item and jurisdiction, which levels act and which one decides. This is how
/// "审核确认权限下放到乡镇" becomes configuration instead of a new definition.
/// </summary>
public interface IRoutingTable
{
    /// <summary>The rule for the item in the division (or its nearest ancestor), or null to use the definition as written.</summary>
    RoutingRule? Find(string serviceItem, string? divisionCode);
}

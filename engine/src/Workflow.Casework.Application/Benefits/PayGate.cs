using Workflow.Casework.Benefits;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// The one pay gate (分散供养: the signed 委托照料服务协议 must be on file before the first payment), decided per month:
/// an entitlement with a pay condition is held back in a month unless an attachment of that kind was uploaded in that
/// month or earlier (China time). The months before the upload stay unpaid, so a past month never flips to paid; every
/// view (person, household, item list, case, payroll) asks here.
/// </summary>
public static class PayGate
{
    /// <summary>Whether <paramref name="month"/> is held back, given when the condition's attachments were uploaded.</summary>
    public static bool HeldIn(LedgerMonth month, IEnumerable<DateTimeOffset> uploadedAt)
    {
        ArgumentNullException.ThrowIfNull(uploadedAt);
        return !uploadedAt.Any(at => LedgerMonth.Of(ChinaTime.DayOf(at)) <= month);
    }
}

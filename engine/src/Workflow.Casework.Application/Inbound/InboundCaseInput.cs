using System.Text.Json.Nodes;
using Workflow.Engine.State;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// The input of the case a message starts: the keys every case has (<see cref="CaseInputKeys"/>: division, item, the
/// person, child protection) and the message's own facts, with <c>inboundMessageId</c> linking back to the message.
/// </summary>
public static class InboundCaseInput
{
    public static JsonObject For(object message, string definitionId, string divisionCode, string messageId)
    {
        var input = new JsonObject
        {
            [CaseInputKeys.DivisionCode] = divisionCode,
            [CaseInputKeys.ServiceItem] = definitionId,
            ["inboundMessageId"] = messageId,
        };
        switch (message)
        {
            case HotlineTicketReceived t:
                input[CaseInputKeys.ApplicantName] = t.Child.Name;
                input[CaseInputKeys.ApplicantIdNumber] = t.Child.IdNumber;
                input[CaseInputKeys.ChildProtection] = true;
                input["ticketNumber"] = t.TicketNumber;
                input["cityCentre"] = t.CityCentre;
                input["ticketSummary"] = t.Summary;
                input["ticketCategory"] = t.Category;
                input["reporterContact"] = t.ReporterContact;
                input["childAddress"] = t.Child.Address;
                input["ticketReceivedAt"] = Time(t.ReceivedAt);
                input["ticketDeadline"] = t.Deadline is { } deadline ? Time(deadline) : null;
                break;
            case MonitoringAlertRaised a:
                input[CaseInputKeys.ApplicantName] = a.Name;
                input[CaseInputKeys.ApplicantIdNumber] = a.IdNumber;
                input["alertIndicators"] = new JsonArray([.. a.Indicators.Select(i => (JsonNode?)JsonValue.Create(i))]);
                input["alertPlatform"] = a.SourcePlatform;
                input["alertRaisedAt"] = Time(a.RaisedAt);
                break;
            case PersonDied d:
                input["deceasedIdNumber"] = d.IdNumber;
                input["diedOn"] = d.DiedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                input["deathSource"] = d.Source;
                break;
            case PopulationRecordChanged p:
                input[CaseInputKeys.ApplicantName] = p.Name;
                input[CaseInputKeys.ApplicantIdNumber] = p.IdNumber;
                break;
            case PersonMoved m:
                input[CaseInputKeys.ApplicantIdNumber] = m.IdNumber;
                input["movedOn"] = m.MovedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                break;
        }
        return input;
    }

    // Strings, as the stored case reads them back: a case's input holds JSON text values, never CLR dates.
    private static string Time(DateTimeOffset at) => at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
}

using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RecordDeliberationProcessor : CommandProcessor<RecordDeliberation>
{
    private const string Action = "record a deliberation";

    public override Rejection? Check(in CheckView view, RecordDeliberation command)
    {
        var (task, rejection) = Checks.Open(view.Instance, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (Checks.RequiredList(command.Attendees, "attendees", "the attendees of the deliberation") is { } noAttendees)
        {
            return noAttendees;
        }
        var votes = command.VotesFor + command.VotesAgainst + command.Abstentions;
        if (command.VotesFor < 0 || command.VotesAgainst < 0 || command.Abstentions < 0 || votes > command.Attendees.Count)
        {
            return Rejection.Invalid($"Expected non-negative votes adding up to at most {command.Attendees.Count} attendees, but got {command.VotesFor}/{command.VotesAgainst}/{command.Abstentions}.", "votes");
        }
        if (Checks.Required(command.Minutes, "minutes", "the minutes of the deliberation", 20_000) is { } noMinutes)
        {
            return noMinutes;
        }
        return Authority.MayAct(command.Actor, task, view.Now) || Authority.IsSigner(command.Actor, task) ? null : Authority.Forbidden(command.Actor, task, Action);
    }

    public override void Run(Burst burst, RecordDeliberation command) =>
        burst.Emit(new DeliberationRecorded(command.TaskId, command.Actor.Id, command.Attendees, command.VotesFor, command.VotesAgainst,
            command.Abstentions, command.Minutes, burst.Now));
}

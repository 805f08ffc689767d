using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RecordDeliberationProcessor : CommandProcessor<RecordDeliberation>
{
    private const string Action = "record a deliberation";

    public override Rejection? Process(Burst burst, RecordDeliberation command)
    {
        var (task, rejection) = Checks.Open(burst.State, command.TaskId, Action);
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
        if (!Authority.MayAct(command.Actor, task) && !Authority.IsSigner(command.Actor, task))
        {
            return Authority.Forbidden(command.Actor, task, Action);
        }
        burst.Emit(new DeliberationRecorded(task.TaskId, command.Actor.Id, command.Attendees, command.VotesFor, command.VotesAgainst,
            command.Abstentions, command.Minutes, burst.Now));
        return null;
    }
}

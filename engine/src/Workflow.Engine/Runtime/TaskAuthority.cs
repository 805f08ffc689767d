using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Who may act on a task, in one place for the engine's processors, the inbox's SQL, the access policy, the messages and
/// the pages. The system actor always may. A task someone holds (claimed, transferred, delegated) belongs to its holder
/// alone. An unheld task with candidates belongs to them (a referral also to its department); one whose every candidate
/// had to step aside (回避) to nobody until it is assigned by hand; one without candidates to whoever holds the post in
/// the office (any office when the task names none), or acts for the department. A deputy (代理) stands only while the
/// cover lasts (<see cref="Candidate.Until"/>), and on a multi-signer step acts only as the signer they cover.
/// </summary>
public static class TaskAuthority
{
    /// <summary>
    /// What the rule reads of a task, from the engine's state or from a view of it. <see cref="SignersDue"/> are the
    /// signers of a multi-signer step whose answer is awaited now (in turn, the current one); <see cref="At"/> is when the
    /// question is asked (null reads every cover as standing).
    /// </summary>
    public sealed record Facts(string? Holder, TaskAssignee Assignee, IReadOnlyList<Candidate> Candidates, string? Fallback, TaskKind Kind)
    {
        public bool MultiSigner { get; init; }

        /// <summary>Every signer of a multi-signer step, answered or not.</summary>
        public IReadOnlyList<string> Signers { get; init; } = [];

        public IReadOnlyList<string> SignersDue { get; init; } = [];

        public DateTimeOffset? At { get; init; }
    }

    public static Facts Of(TaskState task, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Holder, task.Opened.Assignee, task.Opened.Candidates, task.Opened.Fallback, task.Opened.Kind)
        {
            MultiSigner = task.Opened.Signing is not null,
            Signers = task.Signers.Select(s => s.UserId).ToList(),
            SignersDue = SignersDue(task.Opened.Signing?.Mode, task.Signers.Where(s => !s.Answered).Select(s => s.UserId)),
            At = at,
        };
    }

    /// <summary>The facts of a task as it was opened, before anyone did anything to it.</summary>
    public static Facts Of(TaskOpened opened, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var signers = opened.Signing?.Signers ?? [];
        return new(null, opened.Assignee, opened.Candidates, opened.Fallback, opened.Kind)
        {
            MultiSigner = opened.Signing is not null,
            Signers = signers,
            SignersDue = SignersDue(opened.Signing?.Mode, signers),
            At = at,
        };
    }

    /// <summary>The signers whose answer is awaited: every one who has not answered, or in a sequential step the first.</summary>
    public static IReadOnlyList<string> SignersDue(string? mode, IEnumerable<string> pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        return (mode == SignModes.Sequential ? pending.Take(1) : pending).ToList();
    }

    public static bool MayAct(Actor actor, Facts task)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        return actor.IsSystem || (task.Holder is { } holder ? holder == actor.Id : MayClaim(actor, task) || SignsFor(actor, task) is not null);
    }

    /// <summary>May take the task from the shared queue (or, on a multi-signer step, change its signers): ignores who holds it now.</summary>
    public static bool MayClaim(Actor actor, Facts task)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        if (actor.IsSystem)
        {
            return true;
        }
        return (AudienceOf(task) == TaskAudience.Named && Claimers(task).Contains(actor.Id))
            || (OpenOffice(task) is { } office && InOffice(actor, office));
    }

    /// <summary>
    /// The office that may take the task without being named, ignoring who holds it: for a task with candidates only a
    /// referral's department; for one open to nobody (回避) none; else the task's post in its division, or its department.
    /// </summary>
    public static TaskAssignee? OpenOffice(Facts task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return AudienceOf(task) switch
        {
            TaskAudience.Named => task.Kind == TaskKind.Referral && task.Assignee.DepartmentCode is not null ? task.Assignee : null,
            TaskAudience.Nobody => null,
            _ => task.Assignee,
        };
    }

    /// <summary>
    /// Acts for <paramref name="office"/>: a department answers as a body through its own system, whoever the
    /// organisation lists by name, so anyone acting for it; else the post in the division (any, when it names none).
    /// </summary>
    public static bool InOffice(Actor actor, TaskAssignee office)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(office);
        if (office.DepartmentCode is { } department)
        {
            return actor.Departments.Contains(department);
        }
        return actor.Posts.Contains(office.Post ?? "") && (office.DivisionCode is null || actor.DivisionCodes.Contains(office.DivisionCode));
    }

    /// <summary>
    /// Who a task is open to when nobody holds it: named people (it has candidates), nobody (every candidate had to step
    /// aside, 回避: it waits for a manual assignment), or an office (a post in a division, or a department).
    /// </summary>
    public static TaskAudience AudienceOf(Facts task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Candidates.Count > 0 ? TaskAudience.Named : task.Fallback is not null ? TaskAudience.Nobody : TaskAudience.Office;
    }

    /// <summary>
    /// The candidates who may take the task (or, on a multi-signer step, change its signers) now: those standing, and on a
    /// multi-signer step neither its signers (they answer, <see cref="SignsFor"/>) nor deputies (they answer only as the
    /// signer they cover, never take the step as a whole).
    /// </summary>
    private static IEnumerable<string> Claimers(Facts task) => task.Candidates
        .Where(c => c.StandsAt(task.At) && !(task.MultiSigner && (c.CoverFor is not null || task.Signers.Contains(c.UserId))))
        .Select(c => c.UserId);

    /// <summary>
    /// On a multi-signer step, the signer whose answer <paramref name="actor"/> gives now: themselves when their answer
    /// is due, or the due signer they stand in for (代理) while the cover lasts; null otherwise.
    /// </summary>
    public static string? SignsFor(Actor actor, Facts task)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        if (!task.MultiSigner || task.Holder is not null)
        {
            return null;
        }
        if (task.SignersDue.Contains(actor.Id))
        {
            return actor.Id;
        }
        return task.Candidates.FirstOrDefault(c => c.UserId == actor.Id && c.CoverFor is { } x && task.SignersDue.Contains(x) && c.StandsAt(task.At))?.CoverFor;
    }

    /// <summary>
    /// The people a task is named to now, which the inbox's task-user rows, the access policy and the messages read: its
    /// holder; else the candidates who may take it, and on a multi-signer step the signers due and the deputies standing
    /// in for them. Empty when it is open to an office (a post or a department) or, after 回避, to nobody; with
    /// <see cref="MayAct"/>, exactly who may act by name.
    /// </summary>
    public static IReadOnlyList<string> Named(Facts task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.Holder is { } holder)
        {
            return [holder];
        }
        var named = Claimers(task);
        if (task.MultiSigner)
        {
            var deputies = task.Candidates.Where(c => c.CoverFor is { } x && task.SignersDue.Contains(x) && c.StandsAt(task.At)).Select(c => c.UserId);
            named = task.SignersDue.Concat(deputies).Concat(named);
        }
        return named.Distinct(StringComparer.Ordinal).ToList();
    }
}

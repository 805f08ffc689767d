using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Ports;

/// <summary>
/// One inbox tab searched for a person: <paramref name="Actor"/> names who they are (id, posts, offices, departments)
/// for the who-may-act rule, <paramref name="Case"/> filters the tasks' cases like 案件查询 (case number, applicant
/// name, item, 受理 date range; its statuses are ignored), and <paramref name="Now"/> decides 超期. The search narrows
/// a scope (<see cref="CaseScope"/>), never widens it.
/// </summary>
public sealed record InboxSearch(Actor Actor, InboxBox Box, CaseSearch Case, DateTimeOffset Now);

using Dapper;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// Casework statements (一门受理): versioned documents, applications and their items, case-number sequences,
/// attachments and the casework audit. Scope filters use <c>LIKE prefix%</c> because a division's subtree is exactly
/// the codes that start with its significant digits.
/// </summary>
public abstract partial class SqlDialect
{
    protected string Documents => QuoteIdentifier("cw_documents");

    protected string Applications => QuoteIdentifier("cw_applications");

    protected string ApplicationItems => QuoteIdentifier("cw_application_items");

    protected string Sequences => QuoteIdentifier("cw_sequences");

    protected string Attachments => QuoteIdentifier("cw_attachments");

    protected string CaseworkAudit => QuoteIdentifier("cw_audit");

    protected string CaseworkAuditHead => QuoteIdentifier("cw_audit_head");

    private const string ApplicationSelectList = """
        id AS Id, case_number AS CaseNumber, window_division AS WindowDivision, deciding_division AS DecidingDivision,
            applicant_name AS ApplicantName, status AS Status, body AS Body, created_at AS CreatedAt, created_by AS CreatedBy,
            closed_at AS ClosedAt, version AS Version, restricted AS Restricted
        """;

    public virtual string RenderGetDocumentSql() => $"""
        SELECT name AS Name, version AS Version, body AS Body, updated_at AS UpdatedAt, updated_by AS UpdatedBy
        FROM {Documents}
        WHERE name = {Parameter("name")}
        """;

    public virtual string RenderInsertDocumentSql() => $"""
        INSERT INTO {Documents} (name, version, body, updated_at, updated_by)
        VALUES ({Parameter("name")}, 1, {Parameter("body")}, {Parameter("at")}, {Parameter("by")})
        """;

    public virtual string RenderUpdateDocumentSql() => $"""
        UPDATE {Documents}
        SET version = version + 1, body = {Parameter("body")}, updated_at = {Parameter("at")}, updated_by = {Parameter("by")}
        WHERE name = {Parameter("name")} AND version = {Parameter("expected_version")}
        """;

    public virtual string RenderBumpSequenceSql() => $"""
        UPDATE {Sequences}
        SET value = value + 1
        WHERE name = {Parameter("name")}
        """;

    public virtual string RenderReadSequenceSql() => $"""
        SELECT value FROM {Sequences} WHERE name = {Parameter("name")}
        """;

    public virtual string RenderStartSequenceSql() => $"""
        INSERT INTO {Sequences} (name, value) VALUES ({Parameter("name")}, 1)
        """;

    public virtual string RenderInsertApplicationSql() => $"""
        INSERT INTO {Applications} (id, case_number, window_division, deciding_division, applicant_name, status, body, created_at,
            created_by, closed_at, version, restricted)
        VALUES ({Parameter("id")}, {Parameter("case_number")}, {Parameter("window_division")}, {Parameter("deciding_division")},
            {Parameter("applicant_name")}, {Parameter("status")}, {Parameter("body")}, {Parameter("created_at")}, {Parameter("created_by")},
            NULL, 1, {Parameter("restricted")})
        """;

    public virtual string RenderUpdateApplicationStatusSql() => $"""
        UPDATE {Applications}
        SET status = {Parameter("status")}, closed_at = {Parameter("closed_at")}, version = version + 1
        WHERE id = {Parameter("id")}
        """;

    public virtual string RenderGetApplicationSql() => $"""
        SELECT {ApplicationSelectList}
        FROM {Applications}
        WHERE id = {Parameter("id")}
        """;

    /// <summary>Applications accepted at, or decided in, a division's subtree: newest first.</summary>
    /// <summary>
    /// A page of the newest applications in a scope (<see cref="ApplicationScopeCondition"/>).
    /// </summary>
    public string RenderListApplicationsSql(string scope) => $"""
        SELECT {ApplicationSelectList}
        FROM {Applications} a
        WHERE {scope}
        ORDER BY created_at DESC, id
        {Page(Parameter("offset"), Parameter("limit"))}
        """;

    /// <summary>
    /// <see cref="CaseScope"/> over an application (alias <c>a</c>), as the access policy reads one: accepted at, decided
    /// in, or about a household of one of the areas (child-protection applications only when the scope sees them), or
    /// with a sub-case referred to one of the departments in its area. A row whose mark is not known counts as restricted.
    /// </summary>
    public string ApplicationScopeCondition(CaseScope scope, DynamicParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(parameters);
        var reaches = new List<string>();
        if (scope.AreaPrefixes.Count > 0)
        {
            var areas = string.Join("\n        OR ", scope.AreaPrefixes.Select((prefix, n) =>
            {
                parameters.Add($"scope_area_{n}", prefix + "%");
                var area = Parameter($"scope_area_{n}");
                return $"""
                    a.window_division LIKE {area} OR a.deciding_division LIKE {area} OR EXISTS (SELECT 1 FROM {ApplicationItems} ai
                        WHERE ai.application_id = a.id AND (ai.case_division LIKE {area} OR ai.deciding_division LIKE {area}))
                    """;
            }));
            reaches.Add(scope.SeesRestricted ? $"({areas})" : $"(({areas}) AND a.restricted = 0)");
        }
        for (var n = 0; n < scope.Departments.Count; n++)
        {
            parameters.Add($"scope_department_{n}", scope.Departments[n].DepartmentCode);
            parameters.Add($"scope_department_area_{n}", scope.Departments[n].AreaPrefix + "%");
            reaches.Add($"""
                EXISTS (SELECT 1 FROM {ApplicationItems} di WHERE di.application_id = a.id
                    AND di.department_code = {Parameter($"scope_department_{n}")} AND di.deciding_division LIKE {Parameter($"scope_department_area_{n}")})
                """);
        }
        return reaches.Count == 0 ? "1 = 0" : "(" + string.Join("\n    OR ", reaches) + ")";
    }

    public virtual string RenderInsertApplicationItemSql() => $"""
        INSERT INTO {ApplicationItems} (application_id, item_code, kind, instance_id, department_code, deciding_division, status, case_division)
        VALUES ({Parameter("application_id")}, {Parameter("item_code")}, {Parameter("kind")}, {Parameter("instance_id")},
            {Parameter("department_code")}, {Parameter("deciding_division")}, {Parameter("status")}, {Parameter("case_division")})
        """;

    public virtual string RenderUpdateApplicationItemSql() => $"""
        UPDATE {ApplicationItems}
        SET instance_id = {Parameter("instance_id")}, status = {Parameter("status")}
        WHERE application_id = {Parameter("application_id")} AND item_code = {Parameter("item_code")}
        """;

    public virtual string RenderListApplicationItemsSql() => $"""
        SELECT application_id AS ApplicationId, item_code AS ItemCode, kind AS Kind, instance_id AS InstanceId,
            department_code AS DepartmentCode, deciding_division AS DecidingDivision, status AS Status, case_division AS CaseDivision
        FROM {ApplicationItems}
        WHERE application_id = {Parameter("application_id")}
        ORDER BY item_code
        """;

    public virtual string RenderFindItemByInstanceSql() => $"""
        SELECT application_id AS ApplicationId, item_code AS ItemCode, kind AS Kind, instance_id AS InstanceId,
            department_code AS DepartmentCode, deciding_division AS DecidingDivision, status AS Status, case_division AS CaseDivision
        FROM {ApplicationItems}
        WHERE instance_id = {Parameter("instance_id")}
        """;

    public virtual string RenderInsertAttachmentSql() => $"""
        INSERT INTO {Attachments} (id, application_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at)
        VALUES ({Parameter("id")}, {Parameter("application_id")}, {Parameter("file_name")}, {Parameter("content_type")},
            {Parameter("size_bytes")}, {Parameter("sha256")}, {Parameter("uploaded_by")}, {Parameter("uploaded_at")})
        """;

    public virtual string RenderListAttachmentsSql() => $"""
        SELECT id AS Id, application_id AS ApplicationId, file_name AS FileName, content_type AS ContentType, size_bytes AS SizeBytes,
            sha256 AS Sha256, uploaded_by AS UploadedBy, uploaded_at AS UploadedAt
        FROM {Attachments}
        WHERE application_id = {Parameter("application_id")}
        ORDER BY uploaded_at
        """;

    public virtual string RenderInsertAuditSql() => $"""
        INSERT INTO {CaseworkAudit} (id, at, actor_id, action, subject_type, subject_id, detail, seq, prev_hash, hash)
        VALUES ({Parameter("id")}, {Parameter("at")}, {Parameter("actor_id")}, {Parameter("action")}, {Parameter("subject_type")},
            {Parameter("subject_id")}, {Parameter("detail")}, {Parameter("seq")}, {Parameter("prev_hash")}, {Parameter("hash")})
        """;

    /// <summary>Locks the casework audit chain's head until the commit, changing nothing: the first statement of every casework write.</summary>
    public virtual string RenderLockAuditHeadSql() => $"UPDATE {CaseworkAuditHead} SET seq = seq WHERE id = 1";

    /// <summary>Takes the next position of the casework audit chain: the update locks the head until the commit.</summary>
    public virtual string RenderAdvanceAuditHeadSql() => $"UPDATE {CaseworkAuditHead} SET seq = seq + 1 WHERE id = 1";

    public virtual string RenderReadAuditHeadSql() => $"SELECT seq AS Seq, hash AS Hash FROM {CaseworkAuditHead} WHERE id = 1";

    public virtual string RenderSetAuditHeadHashSql() => $"UPDATE {CaseworkAuditHead} SET hash = {Parameter("hash")} WHERE id = 1";

    /// <summary>The casework audit's chain up to position <c>max</c> (the head read first), in order: what the audit walk reads.</summary>
    public virtual string RenderAuditChainSql() => $"""
        SELECT id AS Id, at AS At, actor_id AS ActorId, action AS Action, subject_type AS SubjectType, subject_id AS SubjectId,
            detail AS Detail, seq AS Seq, prev_hash AS PrevHash, hash AS Hash
        FROM {CaseworkAudit}
        WHERE seq IS NOT NULL AND seq <= {Parameter("max")}
        ORDER BY seq
        """;

    /// <summary>The entries written before the casework audit was chained, in (time, id) order: sealed as one.</summary>
    public virtual string RenderLegacyAuditSql() => $"""
        SELECT id AS Id, at AS At, actor_id AS ActorId, action AS Action, subject_type AS SubjectType, subject_id AS SubjectId,
            detail AS Detail, seq AS Seq, prev_hash AS PrevHash, hash AS Hash
        FROM {CaseworkAudit}
        WHERE seq IS NULL
        ORDER BY at, id
        """;

    /// <summary>How many entries of one action one actor has written since a time (the reveal rate limit).</summary>
    public virtual string RenderCountAuditByActorSql() => $"""
        SELECT COUNT(*) FROM {CaseworkAudit}
        WHERE actor_id = {Parameter("actor_id")} AND action = {Parameter("action")} AND at >= {Parameter("since")}
        """;

    public virtual string RenderListAuditSql() => $"""
        SELECT id AS Id, at AS At, actor_id AS ActorId, action AS Action, subject_type AS SubjectType, subject_id AS SubjectId,
            detail AS Detail
        FROM {CaseworkAudit}
        WHERE subject_type = {Parameter("subject_type")} AND subject_id = {Parameter("subject_id")}
        ORDER BY at, id
        """;

    /// <summary>
    /// The supervisor's list: open tasks due before <c>until</c> of the cases in a scope (<see cref="ScopeCondition"/>),
    /// soonest first, with the item (definition) of their case. Reads along <c>ix_wf_tasks_due_open</c>.
    /// </summary>
    public virtual string RenderDueSoonSql(string scope) => $"""
        SELECT {Top(Parameter("limit"))} t.task_id AS TaskId, t.instance_id AS InstanceId, t.title AS Title, t.division_code AS DivisionCode,
            t.department_code AS DepartmentCode, t.post AS Post, i.definition_id AS DefinitionId, t.due_at AS DueAt
        FROM {Tasks} t
        JOIN {Instances} i ON i.id = t.instance_id
        WHERE t.due_at < {Parameter("until")} AND t.status = 'Open' AND {scope}
        ORDER BY t.due_at
        {Limit(Parameter("limit"))}
        """;
    protected string Payments => QuoteIdentifier("cw_payments");

    /// <summary>Whether a payment id is taken: a repeated request key, seen under the household's lock.</summary>
    public virtual string RenderCountPaymentSql() => $"SELECT COUNT(*) FROM {Payments} WHERE id = {Parameter("id")}";

    public virtual string RenderInsertPaymentSql() => $"""
        INSERT INTO {Payments} (id, application_id, item_code, household_key, year, amount_fen, kind, note, paid_by, paid_at)
        VALUES ({Parameter("id")}, {Parameter("application_id")}, {Parameter("item_code")}, {Parameter("household_key")}, {Parameter("year")},
            {Parameter("amount_fen")}, {Parameter("kind")}, {Parameter("note")}, {Parameter("paid_by")}, {Parameter("paid_at")})
        """;

    /// <summary>What a household has been paid for one item in a year, under the cap or not.</summary>
    public virtual string RenderSumPaymentsSql() => $"""
        SELECT COALESCE(SUM(amount_fen), 0)
        FROM {Payments}
        WHERE household_key = {Parameter("household_key")} AND year = {Parameter("year")} AND item_code = {Parameter("item_code")}
        """;

    public virtual string RenderListPaymentsSql() => $"""
        SELECT id AS Id, application_id AS ApplicationId, item_code AS ItemCode, household_key AS HouseholdKey, year AS Year,
            amount_fen AS AmountFen, kind AS Kind, note AS Note, paid_by AS PaidBy, paid_at AS PaidAt
        FROM {Payments}
        WHERE application_id = {Parameter("application_id")}
        ORDER BY paid_at, id
        """;

    public virtual string RenderUpdateApplicationBodySql() => $"""
        UPDATE {Applications}
        SET body = {Parameter("body")}, version = version + 1
        WHERE id = {Parameter("id")} AND version = {Parameter("expected_version")}
        """;

    protected string Checks => QuoteIdentifier("cw_checks");

    private const string CheckSelectList = """
        id AS Id, application_id AS ApplicationId, source AS Source, status AS Status, attempts AS Attempts, requested_at AS RequestedAt,
            due_at AS DueAt, answered_at AS AnsweredAt, result AS Result
        """;

    public virtual string RenderInsertCheckSql() => $"""
        INSERT INTO {Checks} (id, application_id, source, status, attempts, requested_at, due_at, answered_at, result)
        VALUES ({Parameter("id")}, {Parameter("application_id")}, {Parameter("source")}, 'pending', 1, {Parameter("requested_at")},
            {Parameter("due_at")}, NULL, NULL)
        """;

    public virtual string RenderListChecksSql() => $"""
        SELECT {CheckSelectList}
        FROM {Checks}
        WHERE application_id = {Parameter("application_id")}
        ORDER BY source
        """;

    public virtual string RenderGetCheckSql() => $"""
        SELECT {CheckSelectList}
        FROM {Checks}
        WHERE id = {Parameter("id")}
        """;

    /// <summary>Pending checks past their deadline, oldest first: uses <c>ix_cw_checks_pending_due</c>.</summary>
    public virtual string RenderDueChecksSql() => $"""
        SELECT {Top(Parameter("limit"))} {CheckSelectList}
        FROM {Checks}
        WHERE due_at < {Parameter("now")} AND status = 'pending'
        ORDER BY due_at
        {Limit(Parameter("limit"))}
        """;

    /// <summary>Asks again, once: the attempt count in the WHERE keeps two hosts from both retrying.</summary>
    public virtual string RenderRetryCheckSql() => $"""
        UPDATE {Checks}
        SET attempts = attempts + 1, requested_at = {Parameter("now")}, due_at = {Parameter("due_at")}
        WHERE id = {Parameter("id")} AND status = 'pending' AND attempts = {Parameter("attempts")}
        """;

    public virtual string RenderGiveUpCheckSql() => $"""
        UPDATE {Checks}
        SET status = 'timed-out'
        WHERE id = {Parameter("id")} AND status = 'pending' AND attempts = {Parameter("attempts")}
        """;

    public virtual string RenderAnswerCheckSql() => $"""
        UPDATE {Checks}
        SET status = 'answered', answered_at = {Parameter("now")}, result = {Parameter("result")}
        WHERE id = {Parameter("id")} AND status <> 'answered'
        """;
}

using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// Dapper store for casework (一门受理): the one entry point the casework services call. Each area is its own
/// collaborator over the same transactions (<see cref="CaseworkTransactions"/>: every write commits with its audit row):
/// <see cref="ApplicationRows"/>, <see cref="DocumentRows"/>, <see cref="AttachmentRows"/>, <see cref="CheckRows"/>,
/// <see cref="PaymentRows"/>, <see cref="SupervisionRows"/> and <see cref="CaseworkAuditLog"/>.
/// </summary>
public sealed class CaseworkStore
{
    private readonly TimeProvider _time;
    private readonly CaseworkAuditLog _audit;
    private readonly DocumentRows _documents;
    private readonly ApplicationRows _applications;
    private readonly AttachmentRows _attachments;
    private readonly CheckRows _checks;
    private readonly PaymentRows _payments;
    private readonly SupervisionRows _supervision;

    public CaseworkStore(WorkflowDatabase database, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _time = time ?? TimeProvider.System;
        _dialect = database.Dialect;
        var casework = new CaseworkTransactions(database);
        _audit = new CaseworkAuditLog(casework);
        _documents = new DocumentRows(casework);
        _applications = new ApplicationRows(casework);
        _attachments = new AttachmentRows(casework);
        _checks = new CheckRows(casework);
        _payments = new PaymentRows(casework);
        _supervision = new SupervisionRows(casework);
    }

    private readonly SqlDialect _dialect;

    /// <summary>
    /// Whether <paramref name="exception"/> is the database refusing a second row with a taken key: a caller racing
    /// another for the same request retries or reads the winner's row, without knowing which database answered.
    /// </summary>
    public bool IsDuplicate(Exception exception) => _dialect.IsUniqueViolation(exception);

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Appends an audit entry on its own (a reveal of personal data, a read that must be recorded).</summary>
    public Task AppendAuditAsync(CaseworkAuditEntry entry, CancellationToken cancellationToken = default) =>
        _audit.AppendAuditAsync(entry, cancellationToken);

    /// <summary>
    /// Appends the entry unless its actor already wrote <paramref name="limit"/> entries of its action since
    /// <paramref name="since"/>; the count and the insert share one transaction. False when the limit was reached.
    /// </summary>
    public Task<bool> AppendAuditWithinLimitAsync(CaseworkAuditEntry entry, DateTimeOffset since, int limit,
        CancellationToken cancellationToken = default) =>
        _audit.AppendAuditWithinLimitAsync(entry, since, limit, cancellationToken);

    public Task<IReadOnlyList<CaseworkAuditEntry>> ListAuditAsync(string subjectType, string subjectId,
        CancellationToken cancellationToken = default) =>
        _audit.ListAuditAsync(subjectType, subjectId, cancellationToken);

    public Task<StoredDocument?> GetDocumentAsync(string name, CancellationToken cancellationToken = default) =>
        _documents.GetDocumentAsync(name, cancellationToken);

    /// <summary>
    /// Saves a new version of a document when its current version is <paramref name="expectedVersion"/> (0: it must
    /// not exist yet). Returns the new version, or null when someone else saved first.
    /// </summary>
    public Task<long?> SaveDocumentAsync(string name, long expectedVersion, string body, CaseworkAuditEntry audit,
        CancellationToken cancellationToken = default) =>
        _documents.SaveDocumentAsync(name, expectedVersion, body, audit, cancellationToken);

    /// <summary>
    /// Records an accepted application with its items and the intake audit in one transaction. The case number is
    /// made inside it from the next value of <paramref name="sequence"/>, so two windows never share one;
    /// <paramref name="complete"/> turns the number into the body and the items, which name instances after it.
    /// </summary>
    public Task<ApplicationRecord> CreateApplicationAsync(ApplicationRecord application, Func<long, string> caseNumber, string sequence,
        Func<string, (string Body, IReadOnlyList<ApplicationItemRecord> Items)> complete, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        _applications.CreateApplicationAsync(application, caseNumber, sequence, complete, audit, cancellationToken);

    /// <summary>Sets the parent case's status (and when it closed), with the audit entry that says why.</summary>
    public Task SetApplicationStatusAsync(string id, string status, DateTimeOffset? closedAt, CaseworkAuditEntry audit,
        CancellationToken cancellationToken = default) =>
        _applications.SetApplicationStatusAsync(id, status, closedAt, audit, cancellationToken);

    /// <summary>Replaces an application's body when it is still at <paramref name="expectedVersion"/>; false when it moved on.</summary>
    public Task<bool> UpdateBodyAsync(string id, long expectedVersion, string body, CaseworkAuditEntry audit,
        CancellationToken cancellationToken = default) =>
        _applications.UpdateBodyAsync(id, expectedVersion, body, audit, cancellationToken);

    /// <summary>Replaces two applications' bodies together (a 转移接续 links both), each at its expected version; all or nothing.</summary>
    public Task<bool> UpdateBodiesAsync((string Id, long ExpectedVersion, string Body, CaseworkAuditEntry Audit) first,
        (string Id, long ExpectedVersion, string Body, CaseworkAuditEntry Audit) second, CancellationToken cancellationToken = default) =>
        _applications.UpdateBodiesAsync(first, second, cancellationToken);

    /// <summary>Links a sub-case to its workflow instance or moves it to a new status.</summary>
    public Task UpdateItemAsync(string applicationId, string itemCode, string? instanceId, string status,
        CancellationToken cancellationToken = default) =>
        _applications.UpdateItemAsync(applicationId, itemCode, instanceId, status, cancellationToken);

    public Task<ApplicationRecord?> GetApplicationAsync(string id, CancellationToken cancellationToken = default) =>
        _applications.GetApplicationAsync(id, cancellationToken);

    /// <summary>
    /// A page of the newest applications in <paramref name="scope"/> (the scope is part of the query); with
    /// <paramref name="acceptedIn"/>, only those accepted at a window under one of those division prefixes.
    /// </summary>
    public Task<IReadOnlyList<ApplicationRecord>> ListApplicationsAsync(CaseScope scope, int offset, int limit,
        IReadOnlyList<string>? acceptedIn = null, CancellationToken cancellationToken = default) =>
        _applications.ListApplicationsAsync(scope, offset, limit, acceptedIn, cancellationToken);

    /// <summary>
    /// <see cref="ListApplicationsAsync"/> narrowed by <paramref name="search"/> (in the same query), with the number of
    /// all matching applications in the scope.
    /// </summary>
    public Task<ListPage<ApplicationRecord>> SearchApplicationsAsync(CaseScope scope, ApplicationSearch search, int offset, int limit,
        IReadOnlyList<string>? acceptedIn = null, CancellationToken cancellationToken = default) =>
        _applications.SearchApplicationsAsync(scope, search, offset, limit, acceptedIn, counted: true, cancellationToken);

    public Task<IReadOnlyList<ApplicationItemRecord>> ListItemsAsync(string applicationId, CancellationToken cancellationToken = default) =>
        _applications.ListItemsAsync(applicationId, cancellationToken);

    public Task<ApplicationItemRecord?> FindItemByInstanceAsync(string instanceId, CancellationToken cancellationToken = default) =>
        _applications.FindItemByInstanceAsync(instanceId, cancellationToken);

    /// <summary>Records an uploaded file (already written to the file store) with its audit entry.</summary>
    public Task AddAttachmentAsync(AttachmentRecord attachment, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        _attachments.AddAttachmentAsync(attachment, audit, cancellationToken);

    public Task<IReadOnlyList<AttachmentRecord>> ListAttachmentsAsync(string applicationId, CancellationToken cancellationToken = default) =>
        _attachments.ListAttachmentsAsync(applicationId, cancellationToken);

    /// <summary>Records a file kept on a case itself (a case without an application) with its audit entry.</summary>
    public Task AddCaseAttachmentAsync(CaseAttachmentRecord attachment, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        _attachments.AddCaseAttachmentAsync(attachment, audit, cancellationToken);

    public Task<IReadOnlyList<CaseAttachmentRecord>> ListCaseAttachmentsAsync(string instanceId, CancellationToken cancellationToken = default) =>
        _attachments.ListCaseAttachmentsAsync(instanceId, cancellationToken);

    /// <summary>Records the checks asked for at intake, with their audit entry, in one transaction.</summary>
    public Task AddChecksAsync(IReadOnlyList<CheckRecord> checks, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        _checks.AddChecksAsync(checks, audit, cancellationToken);

    public Task<IReadOnlyList<CheckRecord>> ListChecksAsync(string applicationId, CancellationToken cancellationToken = default) =>
        _checks.ListChecksAsync(applicationId, cancellationToken);

    public Task<CheckRecord?> GetCheckAsync(string id, CancellationToken cancellationToken = default) =>
        _checks.GetCheckAsync(id, cancellationToken);

    public Task<IReadOnlyList<CheckRecord>> DueChecksAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        _checks.DueChecksAsync(now, limit, cancellationToken);

    /// <summary>Asks again (true), or gives up after <paramref name="maxAttempts"/> (false); null when another host got there first.</summary>
    public Task<bool?> RetryOrGiveUpAsync(CheckRecord check, int maxAttempts, DateTimeOffset now, DateTimeOffset nextDue,
        CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        _checks.RetryOrGiveUpAsync(check, maxAttempts, now, nextDue, audit, cancellationToken);

    /// <summary>Records a source's answer (a late one after giving up, too); false when it had already answered.</summary>
    public Task<bool> AnswerCheckAsync(string id, string result, DateTimeOffset now, CaseworkAuditEntry audit,
        CancellationToken cancellationToken = default) =>
        _checks.AnswerCheckAsync(id, result, now, audit, cancellationToken);

    /// <summary>
    /// Records a payment unless it would take the household's total for the year above <paramref name="capFen"/>
    /// (null: no cap); the cap is per item. The sum and the insert share one transaction. Returns the year's total before the payment and
    /// whether it was recorded. A payment whose id (from its request key) is already recorded is not recorded again and
    /// counts as recorded, so a repeated or concurrent request with the same key never fails.
    /// </summary>
    public Task<(bool Recorded, long PaidBeforeFen)> AddPaymentAsync(PaymentRecord payment, long? capFen, CaseworkAuditEntry audit,
        CancellationToken cancellationToken = default) =>
        _payments.AddPaymentAsync(payment, capFen, audit, cancellationToken);

    public Task<long> PaidInYearAsync(string householdKey, string itemCode, int year, CancellationToken cancellationToken = default) =>
        _payments.PaidInYearAsync(householdKey, itemCode, year, cancellationToken);

    public Task<IReadOnlyList<PaymentRecord>> ListPaymentsAsync(string applicationId, CancellationToken cancellationToken = default) =>
        _payments.ListPaymentsAsync(applicationId, cancellationToken);

    /// <summary>Open tasks of the cases in <paramref name="scope"/>, due before <paramref name="until"/>, soonest first.</summary>
    public Task<IReadOnlyList<DueTaskRecord>> DueBeforeAsync(CaseScope scope, DateTimeOffset until, int limit,
        CancellationToken cancellationToken = default) =>
        _supervision.DueBeforeAsync(scope, until, limit, cancellationToken);
}

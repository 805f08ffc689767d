using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// The statements of applications (一门受理, <c>cw_applications</c>), their items (<c>cw_application_items</c>) and the
/// case-number sequences (<c>cw_sequences</c>, also the rows that serialise a household's payments).
/// </summary>
internal sealed class ApplicationSql
{
    internal const string ApplicationSelectList = """
        id AS Id, case_number AS CaseNumber, window_division AS WindowDivision, deciding_division AS DecidingDivision,
            applicant_name AS ApplicantName, status AS Status, body AS Body, created_at AS CreatedAt, created_by AS CreatedBy,
            closed_at AS ClosedAt, version AS Version, restricted AS Restricted
        """;

    public ApplicationSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var applicationItems = dialect.QuoteIdentifier("cw_application_items");
        var applications = dialect.QuoteIdentifier("cw_applications");
        var sequences = dialect.QuoteIdentifier("cw_sequences");
        BumpSequence = $"""
            UPDATE {sequences}
            SET value = value + 1
            WHERE name = {P("name")}
            """;
        ReadSequence = $"""
            SELECT value FROM {sequences} WHERE name = {P("name")}
            """;
        StartSequence = $"""
            INSERT INTO {sequences} (name, value) VALUES ({P("name")}, 1)
            """;
        InsertApplication = $"""
            INSERT INTO {applications} (id, case_number, window_division, deciding_division, applicant_name, status, body, created_at,
                created_by, closed_at, version, restricted)
            VALUES ({P("id")}, {P("case_number")}, {P("window_division")}, {P("deciding_division")},
                {P("applicant_name")}, {P("status")}, {P("body")}, {P("created_at")}, {P("created_by")},
                NULL, 1, {P("restricted")})
            """;
        UpdateApplicationStatus = $"""
            UPDATE {applications}
            SET status = {P("status")}, closed_at = {P("closed_at")}, version = version + 1
            WHERE id = {P("id")}
            """;
        UpdateApplicationBody = $"""
            UPDATE {applications}
            SET body = {P("body")}, version = version + 1
            WHERE id = {P("id")} AND version = {P("expected_version")}
            """;
        GetApplication = $"""
            SELECT {ApplicationSelectList}
            FROM {applications}
            WHERE id = {P("id")}
            """;
        InsertApplicationItem = $"""
            INSERT INTO {applicationItems} (application_id, item_code, kind, instance_id, department_code, deciding_division, status, case_division)
            VALUES ({P("application_id")}, {P("item_code")}, {P("kind")}, {P("instance_id")},
                {P("department_code")}, {P("deciding_division")}, {P("status")}, {P("case_division")})
            """;
        UpdateApplicationItem = $"""
            UPDATE {applicationItems}
            SET instance_id = {P("instance_id")}, status = {P("status")}
            WHERE application_id = {P("application_id")} AND item_code = {P("item_code")}
            """;
        ListApplicationItems = $"""
            SELECT application_id AS ApplicationId, item_code AS ItemCode, kind AS Kind, instance_id AS InstanceId,
                department_code AS DepartmentCode, deciding_division AS DecidingDivision, status AS Status, case_division AS CaseDivision
            FROM {applicationItems}
            WHERE application_id = {P("application_id")}
            ORDER BY item_code
            """;
        FindItemByInstance = $"""
            SELECT application_id AS ApplicationId, item_code AS ItemCode, kind AS Kind, instance_id AS InstanceId,
                department_code AS DepartmentCode, deciding_division AS DecidingDivision, status AS Status, case_division AS CaseDivision
            FROM {applicationItems}
            WHERE instance_id = {P("instance_id")}
            """;
    }

    public static ApplicationSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new ApplicationSql(d));

    public string BumpSequence { get; }

    public string ReadSequence { get; }

    public string StartSequence { get; }

    public string InsertApplication { get; }

    public string UpdateApplicationStatus { get; }

    public string UpdateApplicationBody { get; }

    public string GetApplication { get; }

    public string InsertApplicationItem { get; }

    public string UpdateApplicationItem { get; }

    public string ListApplicationItems { get; }

    public string FindItemByInstance { get; }
}


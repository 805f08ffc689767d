using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>The statements of window drafts (<c>cw_intake_drafts</c>); every one is limited to the draft's author.</summary>
internal sealed class IntakeDraftSql
{
    private const string ListColumns = """
        id AS Id, author_id AS AuthorId, window_division_code AS WindowDivisionCode, applicant_name AS ApplicantName,
            id_number_masked AS IdNumberMasked, items AS Items, created_at AS CreatedAt, updated_at AS UpdatedAt
        """;

    public IntakeDraftSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var drafts = dialect.QuoteIdentifier("cw_intake_drafts");
        Insert = $"""
            INSERT INTO {drafts} (id, author_id, window_division_code, applicant_name, id_number_masked, items, form, created_at, updated_at)
            VALUES ({P("id")}, {P("author_id")}, {P("window_division_code")}, {P("applicant_name")}, {P("id_number_masked")}, {P("items")},
                {P("form")}, {P("now")}, {P("now")})
            """;
        Update = $"""
            UPDATE {drafts} SET window_division_code = {P("window_division_code")}, applicant_name = {P("applicant_name")},
                id_number_masked = {P("id_number_masked")}, items = {P("items")}, form = {P("form")}, updated_at = {P("now")}
            WHERE id = {P("id")} AND author_id = {P("author_id")}
            """;
        ListByAuthor = $"""
            SELECT {dialect.Top(P("limit"))} {ListColumns}
            FROM {drafts}
            WHERE author_id = {P("author_id")}
            ORDER BY updated_at DESC, id
            {dialect.Limit(P("limit"))}
            """;
        Get = $"""
            SELECT {ListColumns}, form AS Form
            FROM {drafts}
            WHERE id = {P("id")} AND author_id = {P("author_id")}
            """;
        Delete = $"""
            DELETE FROM {drafts} WHERE id = {P("id")} AND author_id = {P("author_id")}
            """;
    }

    public static IntakeDraftSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new IntakeDraftSql(d));

    public string Insert { get; }

    /// <summary>Only the author's own draft changes: another clerk's id changes no row.</summary>
    public string Update { get; }

    /// <summary>The author's drafts, newest first, without the form.</summary>
    public string ListByAuthor { get; }

    public string Get { get; }

    public string Delete { get; }
}

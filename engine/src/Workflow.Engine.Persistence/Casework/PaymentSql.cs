using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>The statements of payments (<c>cw_payments</c>): recorded under the household's lock, summed against the yearly cap.</summary>
internal sealed class PaymentSql
{
    public PaymentSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var payments = dialect.QuoteIdentifier("cw_payments");
        CountPayment = $"SELECT COUNT(*) FROM {payments} WHERE id = {P("id")}";
        InsertPayment = $"""
            INSERT INTO {payments} (id, application_id, item_code, household_key, year, amount_fen, kind, note, paid_by, paid_at)
            VALUES ({P("id")}, {P("application_id")}, {P("item_code")}, {P("household_key")}, {P("year")},
                {P("amount_fen")}, {P("kind")}, {P("note")}, {P("paid_by")}, {P("paid_at")})
            """;
        SumPayments = $"""
            SELECT COALESCE(SUM(amount_fen), 0)
            FROM {payments}
            WHERE household_key = {P("household_key")} AND year = {P("year")} AND item_code = {P("item_code")}
            """;
        ListPayments = $"""
            SELECT id AS Id, application_id AS ApplicationId, item_code AS ItemCode, household_key AS HouseholdKey, year AS Year,
                amount_fen AS AmountFen, kind AS Kind, note AS Note, paid_by AS PaidBy, paid_at AS PaidAt
            FROM {payments}
            WHERE application_id = {P("application_id")}
            ORDER BY paid_at, id
            """;
    }

    public static PaymentSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new PaymentSql(d));

    /// <summary>Whether a payment id is taken: a repeated request key, seen under the household's lock.</summary>
    public string CountPayment { get; }

    public string InsertPayment { get; }

    /// <summary>What a household has been paid for one item in a year, under the cap or not.</summary>
    public string SumPayments { get; }

    public string ListPayments { get; }
}


using Workflow.Engine.Persistence.Dialects;
using System.Data.Common;
using Dapper;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>Payments, recorded under the household's lock and summed against the yearly cap.</summary>
internal sealed class PaymentRows(CaseworkTransactions casework)
{
    private readonly PaymentSql _paymentSql = PaymentSql.For(casework.Dialect);

    /// <summary>
    /// Records a payment unless it would take the household's total for the year above <paramref name="capFen"/>
    /// (null: no cap); the cap is per item. The sum and the insert share one transaction. Returns the year's total before the payment and
    /// whether it was recorded. A payment whose id (from its request key) is already recorded is not recorded again and
    /// counts as recorded, so a repeated or concurrent request with the same key never fails.
    /// </summary>
    public async Task<(bool Recorded, long PaidBeforeFen)> AddPaymentAsync(PaymentRecord payment, long? capFen, CaseworkAuditEntry audit,
        CancellationToken cancellationToken = default)
    {
        // Under a per-household lock, two payments for one household at the same moment (two hosts on PostgreSQL) are
        // summed one after the other and cannot pass the cap together.
        return await casework.LockedWriteAsync($"pay:{payment.HouseholdKey[..16]}:{payment.ItemCode}:{payment.Year}", async (c, t) =>
        {
            var before = await c.ExecuteScalarAsync<long>(new CommandDefinition(_paymentSql.SumPayments,
                new { household_key = payment.HouseholdKey, year = payment.Year, item_code = payment.ItemCode }, t, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            if (await c.ExecuteScalarAsync<long>(new CommandDefinition(_paymentSql.CountPayment, new { id = payment.Id }, t,
                cancellationToken: cancellationToken)).ConfigureAwait(false) > 0)
            {
                return (true, before);
            }
            if (capFen is { } cap && before + payment.AmountFen > cap)
            {
                return (false, before);
            }
            var p = new DynamicParameters();
            p.Add("id", payment.Id);
            p.Add("application_id", payment.ApplicationId);
            p.Add("item_code", payment.ItemCode);
            p.Add("household_key", payment.HouseholdKey);
            p.Add("year", payment.Year);
            p.Add("amount_fen", payment.AmountFen);
            p.Add("kind", payment.Kind);
            p.Add("note", payment.Note);
            p.Add("paid_by", payment.PaidBy);
            p.AddTime(casework.Dialect, "paid_at", payment.PaidAt);
            await c.ExecuteAsync(new CommandDefinition(_paymentSql.InsertPayment, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return (true, before);
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<long> PaidInYearAsync(string householdKey, string itemCode, int year, CancellationToken cancellationToken = default) =>
        casework.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(_paymentSql.SumPayments,
            new { household_key = householdKey, year, item_code = itemCode }, cancellationToken: cancellationToken)), cancellationToken);

    public Task<IReadOnlyList<PaymentRecord>> ListPaymentsAsync(string applicationId, CancellationToken cancellationToken = default) =>
        casework.ReadAsync<IReadOnlyList<PaymentRecord>>(async c =>
        {
            var rows = await c.QueryAsync<PaymentRow>(new CommandDefinition(_paymentSql.ListPayments,
                new { application_id = applicationId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => new PaymentRecord(r.Id, r.ApplicationId, r.ItemCode, r.HouseholdKey, r.Year, r.AmountFen, r.Kind, r.Note, r.PaidBy,
                casework.Dialect.FromDbTime(r.PaidAt))).ToList();
        }, cancellationToken);

    private sealed class PaymentRow
    {
        public string Id { get; set; } = "";
        public string ApplicationId { get; set; } = "";
        public string ItemCode { get; set; } = "";
        public string HouseholdKey { get; set; } = "";
        public int Year { get; set; }
        public long AmountFen { get; set; }
        public string Kind { get; set; } = "";
        public string Note { get; set; } = "";
        public string PaidBy { get; set; } = "";
        public object PaidAt { get; set; } = 0L;
    }
}

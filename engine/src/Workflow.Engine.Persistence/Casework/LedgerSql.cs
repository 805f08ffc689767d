using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// The statements of the benefits ledger (<c>cw_entitlements</c>, <c>cw_entitlement_amounts</c>, <c>cw_known_people</c>).
/// Grants and amounts are inserted only where their key is free, so a second host or a repeated event writes nothing.
/// </summary>
internal sealed class LedgerSql
{
    internal static readonly string[] EntitlementColumns =
    [
        "id", "item_code", "beneficiary_kind", "person_key", "household_key", "division_code", "granted_by_case_id", "application_id",
        "start_month", "stop_month", "restricted", "pay_condition", "created_at",
    ];

    internal static readonly string[] AmountColumns = ["entitlement_id", "seq", "from_month", "monthly_fen", "rule_name", "members", "recorded_at"];

    internal static readonly string[] PersonColumns = ["person_key", "household_key", "birth_day", "division_code", "known_since_day", "died_day"];

    private readonly SqlDialect _dialect;
    private readonly string _entitlements;
    private readonly string _amounts;
    private readonly string _joined;

    public LedgerSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
        string P(string name) => dialect.Parameter(name);
        _entitlements = dialect.QuoteIdentifier("cw_entitlements");
        _amounts = dialect.QuoteIdentifier("cw_entitlement_amounts");
        var people = dialect.QuoteIdentifier("cw_known_people");
        InsertEntitlement = dialect.InsertIfAbsent(_entitlements, EntitlementColumns, dialect.ValuesRow(EntitlementColumns), ["id"]);
        InsertAmount = dialect.InsertIfAbsent(_amounts, AmountColumns, dialect.ValuesRow(AmountColumns), ["entitlement_id", "seq"]);
        StopEntitlement = $"""
            UPDATE {_entitlements} SET stop_month = {P("stop_month")}
            WHERE id = {P("id")} AND (stop_month IS NULL OR stop_month > {P("stop_month")})
            """;
        _joined = $"""
            SELECT e.id AS Id, e.item_code AS ItemCode, e.beneficiary_kind AS BeneficiaryKind, e.person_key AS PersonKey,
                e.household_key AS HouseholdKey, e.division_code AS DivisionCode, e.granted_by_case_id AS GrantedByCaseId,
                e.application_id AS ApplicationId, e.start_month AS StartMonth, e.stop_month AS StopMonth, e.restricted AS Restricted,
                e.pay_condition AS PayCondition, a.seq AS Seq, a.from_month AS FromMonth, a.monthly_fen AS MonthlyFen, a.rule_name AS AmountRule,
                a.members AS Members
            FROM {_entitlements} e
            JOIN {_amounts} a ON a.entitlement_id = e.id
            """;
        AmountAt = $"SELECT from_month AS FromMonth, monthly_fen AS MonthlyFen, members AS Members FROM {_amounts} WHERE entitlement_id = {P("id")} AND seq = {P("seq")}";
        ById = $"{_joined}\nWHERE e.id = {P("id")}\nORDER BY e.id, a.seq";
        ByCase = $"{_joined}\nWHERE e.granted_by_case_id = {P("case_id")}\nORDER BY e.id, a.seq";
        ByHousehold = $"{_joined}\nWHERE e.household_key = {P("household_key")}\nORDER BY e.id, a.seq";
        Concerning = $"""
            {_joined}
            WHERE e.person_key = {P("person_key")} OR e.household_key = {P("household_key")}
                OR e.id IN (SELECT m.entitlement_id FROM {_amounts} m WHERE m.members LIKE {P("member_like")})
            ORDER BY e.id, a.seq
            """;
        UpsertPerson = dialect.Upsert(people, PersonColumns, dialect.ValuesRow(PersonColumns), ["person_key"],
            ["household_key", "birth_day", "division_code"]);
        KeepDied = $"UPDATE {people} SET died_day = {P("died_day")} WHERE person_key = {P("person_key")} AND died_day IS NULL";
        InsertPersonIfAbsent = dialect.InsertIfAbsent(people, PersonColumns, dialect.ValuesRow(PersonColumns), ["person_key"]);
        SetDied = $"UPDATE {people} SET died_day = {P("died_day")} WHERE person_key = {P("person_key")} AND (died_day IS NULL OR died_day <> {P("died_day")})";
        const string personSelect = """
            person_key AS PersonKey, household_key AS HouseholdKey, birth_day AS BirthDay, division_code AS DivisionCode,
                known_since_day AS KnownSinceDay, died_day AS DiedDay
            """;
        GetPerson = $"SELECT {personSelect} FROM {people} WHERE person_key = {P("person_key")}";
        PeopleBornBy = $"""
            SELECT {dialect.Top(P("limit"))} {personSelect}
            FROM {people}
            WHERE birth_day <= {P("birth_day")} AND died_day IS NULL AND person_key > {P("after")}
            ORDER BY person_key
            {dialect.Limit(P("limit"))}
            """;
    }

    public static LedgerSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new LedgerSql(d));

    public string InsertEntitlement { get; }

    public string InsertAmount { get; }

    /// <summary>Sets the stop month unless an earlier (or the same) one is stored: a repeated stop changes no row.</summary>
    public string StopEntitlement { get; }

    /// <summary>The amount period stored at one position of an entitlement's history.</summary>
    public string AmountAt { get; }

    public string ById { get; }

    public string ByCase { get; }

    public string ByHousehold { get; }

    /// <summary>Every entitlement a person's death or move concerns: their own, their household's, any that counts them.</summary>
    public string Concerning { get; }

    /// <summary>Population data replaces what is stored except the day first known and a death (<see cref="KeepDied"/>).</summary>
    public string UpsertPerson { get; }

    /// <summary>A death from population data, only where none is stored: a record without one never brings a person back.</summary>
    public string KeepDied { get; }

    /// <summary>A person met at the window: population data, when it has them, is not overwritten by an application.</summary>
    public string InsertPersonIfAbsent { get; }

    /// <summary>Records a death on the person; no row changes when the same day is stored (a repeated event).</summary>
    public string SetDied { get; }

    public string GetPerson { get; }

    /// <summary>A batch of living people born on or before a day (the scheduled 高龄津贴 rule's candidates), by key after <c>@after</c>.</summary>
    public string PeopleBornBy { get; }

    /// <summary>
    /// Entitlement ids of one item under a division in the caller's areas not stopped by <c>@month</c> (the payroll's stop
    /// rule; one granted to start later is listed already), a page in id order.
    /// </summary>
    public string ItemInDivision(int areas) => $"""
        SELECT e.id
        FROM {_entitlements} e
        WHERE e.item_code = {_dialect.Parameter("item_code")} AND e.division_code LIKE {_dialect.Parameter("division")}
            AND {NotStoppedBy} AND {Visible(areas)}
        ORDER BY e.id
        {_dialect.Page(_dialect.Parameter("offset"), _dialect.Parameter("limit"))}
        """;

    /// <summary>The entitlements under a division in the caller's areas that pay in <c>@month</c>, with their amounts.</summary>
    public string Payroll(int areas) => $"""
        {_joined}
        WHERE e.division_code LIKE {_dialect.Parameter("division")} AND e.start_month <= {_dialect.Parameter("month")} AND {NotStoppedBy}
            AND {Visible(areas)}
        ORDER BY e.id, a.seq
        """;

    /// <summary>The amounts of a page of entitlements, with the entitlements.</summary>
    public string ByIds(int count) => $"{_joined}\nWHERE e.id IN {_dialect.InList("id", count)}\nORDER BY e.id, a.seq";

    /// <summary>Not stopped in <c>@month</c> (a LedgerMonth index; <c>Entitlement.PaysIn</c> without its start).</summary>
    private string NotStoppedBy => $"(e.stop_month IS NULL OR e.stop_month > {_dialect.Parameter("month")})";

    /// <summary>In one of the caller's areas (<c>@area_i</c> prefixes + '%'), and restricted only for who may see such cases.</summary>
    private string Visible(int areas)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(areas, 1);
        var like = string.Join(" OR ", Enumerable.Range(0, areas).Select(i => $"e.division_code LIKE {_dialect.Parameter(SqlDialect.ListParameter("area", i))}"));
        return $"({like}) AND (e.restricted = 0 OR {_dialect.Parameter("sees_restricted")} = 1)";
    }
}

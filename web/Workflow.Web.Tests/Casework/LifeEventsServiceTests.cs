using Microsoft.Extensions.Time.Testing;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Application.Inbound;
using Workflow.Casework.Benefits;
using Workflow.Engine.Persistence.Casework;
using Workflow.Testing;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>
/// The ledger's life events on SQLite and PostgreSQL: two deaths in one 低保 household at once lose no recompute, a
/// death survives population data and is recorded for a person the ledger did not know, a move within the county
/// keeps paying.
/// </summary>
public sealed class LifeEventsServiceTests
{
    private const string Village = TestDivisions.Village;
    private static readonly string Head = Id("19600101", 11);
    private static readonly string Wife = Id("19620202", 12);
    private static readonly string Son = Id("19900303", 13);

    private static string Id(string birth, int sequence)
    {
        var first17 = "500113" + birth + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + ChineseIdNumber.ComputeCheckDigit(first17);
    }

    private static async Task<(MigratedDatabase Db, FakeTimeProvider Time, LedgerStore Ledger)> OpenAsync(string kind)
    {
        var db = await MigratedDatabase.OpenAsync(kind);
        return (db, new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.FromHours(8))), new LedgerStore(db.Database));
    }

    private static async Task GrantAsync(LedgerStore ledger, TimeProvider time, string id, string item, Beneficiary beneficiary, long fen)
    {
        var outcome = BenefitsLedger.Grant(new GrantRequest(id, item, beneficiary, Village, "inst-" + id, new DateOnly(2026, 1, 15), fen), "system",
            time.GetUtcNow());
        Assert.Equal(1, await ledger.ApplyAsync(LedgerWrites.Of([outcome], "approval", "app-1")));
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task PersonDied_TwoDeathsInOneDibaoHouseholdOnTwoHostsAtOnce_BothRecomputesLand(string kind)
    {
        var (db, time, ledger) = await OpenAsync(kind);
        await using var _ = db;
        var members = new[] { Head, Wife, Son }.Select(PersonKey.Of).ToList();
        foreach (var id in new[] { Head, Wife, Son })
        {
            await new LifeEventsService(ledger, time).RecordPersonAsync(new PopulationRecord(id, "成员", Head, Village, null, "公安"), default);
        }
        await GrantAsync(ledger, time, "case:dibao", ServiceItemCodes.Dibao, Beneficiary.Household(members[0], members), 210_000);
        var hosts = new[] { new LifeEventsService(new LedgerStore(db.Database), time), new LifeEventsService(new LedgerStore(db.Database), time) };

        var results = await Task.WhenAll(
            hosts[0].PersonDiedAsync(Wife, new DateOnly(2026, 3, 3), "卫健", default),
            hosts[1].PersonDiedAsync(Son, new DateOnly(2026, 3, 4), "公安", default));

        Assert.Equal([1, 1], results.Select(r => r.EntitlementsChanged));
        var stored = LedgerWrites.ToDomain((await ledger.GetAsync("case:dibao"))!);
        var april = stored.PeriodAt(LedgerMonth.Of(2026, 4))!;
        Assert.Equal(70_000L, stored.FenFor(LedgerMonth.Of(2026, 4)));
        Assert.Equal([members[0]], april.Members);
        Assert.Equal(210_000L, stored.FenFor(LedgerMonth.Of(2026, 3)));
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task RecordPerson_PopulationDataWithoutADeath_KeepsTheRecordedDeath(string kind)
    {
        var (db, time, ledger) = await OpenAsync(kind);
        await using var _ = db;
        var life = new LifeEventsService(ledger, time);
        await life.RecordPersonAsync(new PopulationRecord(Head, "张三", Head, Village, null, "公安"), default);
        await life.PersonDiedAsync(Head, new DateOnly(2026, 1, 10), "卫健", default);

        await life.RecordPersonAsync(new PopulationRecord(Head, "张三", Head, TestDivisions.Township, null, "公安"), default);

        var person = (await ledger.GetPersonAsync(PersonKey.Of(Head)))!;
        Assert.Equal((new DateOnly(2026, 1, 10), TestDivisions.Township), (person.Died, person.DivisionCode));
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task PersonDied_OfAPersonTheLedgerDidNotKnow_IsRecorded_SoLaterDataAndTheOldAgeRuleGrantNothing(string kind)
    {
        var (db, time, ledger) = await OpenAsync(kind);
        await using var _ = db;
        var elder = Id("19400505", 21);
        var life = new LifeEventsService(ledger, time);

        await life.PersonDiedAsync(elder, new DateOnly(2026, 1, 12), "卫健", default);
        await life.RecordPersonAsync(new PopulationRecord(elder, "王五", elder, Village, null, "公安"), default);
        await new KnownPeople(ledger, time).RecordApplicationAsync(
            new Workflow.Casework.Application.Requests.ApplicationRequest(null, new(null, elder, null, null, null, null, false), [], null, null, false),
            Village, "wangfang", default);
        var granted = await new OldAgeAllowanceRun(ledger, new CaseworkStore(db.Database, time), LedgerServiceTests.Bannan, time).RunAsync("system", default);

        var person = (await ledger.GetPersonAsync(PersonKey.Of(elder)))!;
        Assert.Equal((new DateOnly(1940, 5, 5), new DateOnly(2026, 1, 12)), (person.BirthDate, person.Died));
        Assert.Equal(0, granted);
        Assert.Null(await ledger.GetAsync(OldAgeAllowance.EntitlementId(PersonKey.Of(elder))));
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task PersonMoved_WithinTheCounty_KeepsPaying_AndOutOfItStopsFromTheNextMonth(string kind)
    {
        var (db, time, ledger) = await OpenAsync(kind);
        await using var _ = db;
        var key = PersonKey.Of(Head);
        var life = new LifeEventsService(ledger, time);
        await life.RecordPersonAsync(new PopulationRecord(Head, "张三", Head, Village, null, "公安"), default);
        await GrantAsync(ledger, time, "case:tekun", ServiceItemCodes.Tekun, Beneficiary.Person(key, key), 180_600);

        var within = await life.PersonMovedAsync(Head, new DateOnly(2026, 2, 3), "500113003001", "公安", default);
        var stillPaying = (await ledger.GetAsync("case:tekun"))!.StopMonth;
        var movedTo = (await ledger.GetPersonAsync(key))!.DivisionCode;
        var outOf = await life.PersonMovedAsync(Head, new DateOnly(2026, 3, 3), "500114101001", "公安", default);

        Assert.Equal((0, (int?)null), (within.EntitlementsChanged, stillPaying));
        Assert.Equal("500113003001", movedTo);
        Assert.Equal(1, outOf.EntitlementsChanged);
        Assert.Equal(LedgerMonth.Of(2026, 4).Index, (await ledger.GetAsync("case:tekun"))!.StopMonth);
    }
    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task OldAgeAllowanceRun_APersonWhoMovedOutOfTheOrganisationsCounties_IsNotGranted(string kind)
    {
        var (db, time, ledger) = await OpenAsync(kind);
        await using var _ = db;
        var stayed = Id("19400505", 31);
        var moved = Id("19400606", 32);
        var life = new LifeEventsService(ledger, time);
        await life.RecordPersonAsync(new PopulationRecord(stayed, "留守", stayed, Village, null, "公安"), default);
        await life.RecordPersonAsync(new PopulationRecord(moved, "迁出", moved, Village, null, "公安"), default);
        await life.PersonMovedAsync(moved, new DateOnly(2026, 1, 10), "500114101001", "公安", default);

        var granted = await new OldAgeAllowanceRun(ledger, new CaseworkStore(db.Database, time), LedgerServiceTests.Bannan, time).RunAsync("system", default);

        Assert.Equal(1, granted);
        Assert.NotNull(await ledger.GetAsync(OldAgeAllowance.EntitlementId(PersonKey.Of(stayed))));
        Assert.Null(await ledger.GetAsync(OldAgeAllowance.EntitlementId(PersonKey.Of(moved))));
    }
    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task KnownPeople_WindowPopulationAndDeath_AreEachAuditedOnce_ByPersonKey(string kind)
    {
        var (db, time, ledger) = await OpenAsync(kind);
        await using var _ = db;
        var casework = new CaseworkStore(db.Database, time);
        var form = new Workflow.Casework.Application.Requests.ApplicationRequest(null, new(null, Head, null, null, null, null, false), [], null, null, false);
        var life = new LifeEventsService(ledger, time);

        await new KnownPeople(ledger, time).RecordApplicationAsync(form, Village, "wangfang", default);
        await new KnownPeople(ledger, time).RecordApplicationAsync(form, Village, "wangfang", default);
        await life.RecordPersonAsync(new PopulationRecord(Head, "张三", Head, Village, null, "公安"), default);
        await life.PersonDiedAsync(Head, new DateOnly(2026, 1, 10), "卫健", default);
        await life.PersonDiedAsync(Head, new DateOnly(2026, 1, 10), "公安", default);

        var audit = await casework.ListAuditAsync("person", PersonKey.Of(Head));
        Assert.Equal([KnownPeopleAudit.Died, KnownPeopleAudit.Known, KnownPeopleAudit.Population], audit.Select(a => a.Action).Order());
        Assert.Equal("wangfang", audit.Single(a => a.Action == KnownPeopleAudit.Known).ActorId);
        Assert.DoesNotContain(Head, string.Concat(audit.Select(a => a.Detail)), StringComparison.Ordinal);
    }
}

using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Application.Inbound;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Benefits;
using Workflow.Engine.Definitions;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Testing;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>
/// The benefits ledger's service on SQLite and PostgreSQL (issue 11, scenario 7): payroll across month boundaries, the
/// 分散供养 gate both ways, a death received twice, and the 高龄津贴 rule across the 80th birthday from two hosts at once.
/// </summary>
public sealed class LedgerServiceTests
{
    private static readonly string Elder = Id("19460310", 11);
    private static readonly string Son = Id("19700101", 13);
    private const string Village = TestDivisions.Village;

    private static string Id(string birth, int sequence)
    {
        var first17 = "500113" + birth + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + ChineseIdNumber.ComputeCheckDigit(first17);
    }

    private sealed record Fixture(MigratedDatabase Db, FakeTimeProvider Time, LedgerStore Ledger, CaseworkStore Casework, LedgerService Service)
        : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    private static async Task<Fixture> OpenAsync(string kind, DateTimeOffset now)
    {
        var db = await MigratedDatabase.OpenAsync(kind);
        var time = new FakeTimeProvider(now);
        var ledger = new LedgerStore(db.Database);
        var casework = new CaseworkStore(db.Database, time);
        var access = new CaseAccess(new CaseReader(new DapperInstanceStore(db.Database, time), new InMemoryDefinitionCatalog()));
        return new Fixture(db, time, ledger, casework, new LedgerService(ledger, casework, access, time));
    }

    private static Caller Township => Caller(TestActor.TownshipReviewer);

    /// <summary>An organisation of one county, 巴南区, with the test village in it.</summary>
    internal static CaseworkDirectory Bannan
    {
        get
        {
            var directory = new CaseworkDirectory();
            directory.Use(new OrganisationBuilder()
                .AddDivision(new Division("500000000000", "重庆市", "province", null))
                .AddDivision(new Division(TestDivisions.District, "巴南区", "district", "500000000000"))
                .AddDivision(new Division(TestDivisions.Township, "界石镇", "township", TestDivisions.District))
                .AddDivision(new Division(Village, "桂花村", "village", TestDivisions.Township)).Build(), 1);
            return directory;
        }
    }

    private static Caller Caller(TestActor actor) => new(actor, actor.User, AccessSubject.Of(actor.ToActor()));

    private static async Task GrantAsync(Fixture f, string itemCode, Beneficiary beneficiary, DateOnly approvedOn, long fen, string? payCondition = null)
    {
        var outcome = BenefitsLedger.Grant(new GrantRequest("case:" + itemCode, itemCode, beneficiary, Village, "inst-" + itemCode, approvedOn, fen),
            "system", f.Time.GetUtcNow());
        Assert.Equal(1, await f.Ledger.ApplyAsync(LedgerWrites.Of([outcome], "approval", "app-1", payCondition)));
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task Ledger_ApprovedOnTheLastDayOfAMonth_PaysFromTheNextMonth_AsTheClockCrossesIt(string kind)
    {
        await using var f = await OpenAsync(kind, new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.FromHours(8)));
        await GrantAsync(f, "tekun", Beneficiary.Person(PersonKey.Of(Elder), PersonKey.Of(Elder)), new DateOnly(2026, 3, 31), 180_600);

        var march = (await f.Service.PersonAsync(Township, Elder, null, default)).Value!;
        f.Time.Advance(TimeSpan.FromHours(1));
        var april = (await f.Service.PersonAsync(Township, Elder, null, default)).Value!;

        Assert.Equal(("2026-03", 0m), (march.Month, march.TotalYuan));
        Assert.Equal(("2026-04", 1806m), (april.Month, april.TotalYuan));
        var entry = Assert.Single(april.Entries);
        Assert.Equal(("特困人员救助供养", "2026-04", "自批准的次月起发放"), (entry.ItemName, entry.StartMonth, entry.RuleText));
        Assert.Empty((await f.Service.PersonAsync(Caller(TestActor.OtherTownshipReviewer), Elder, null, default)).Value!.Entries);
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task Payroll_DispersedTekun_IsHeldUntilTheCareAgreementIsOnFile(string kind)
    {
        await using var f = await OpenAsync(kind, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await GrantAsync(f, "tekun", Beneficiary.Person(PersonKey.Of(Elder), PersonKey.Of(Elder)), new DateOnly(2026, 3, 2), 180_600,
            AttachmentKinds.CareAgreement);

        var before = (await f.Service.PayrollAsync(Township, TestDivisions.Township, "2026-04", default)).Value!;
        await f.Casework.AddAttachmentAsync(new AttachmentRecord("att-1", "app-1", "委托照料服务协议.pdf", "application/pdf", 10, new string('a', 64),
            "zhangwei", f.Time.GetUtcNow(), AttachmentKinds.CareAgreement), CaseworkAudit.OfApplication(f.Time, Township, "attachment.add", "app-1", new { }));
        var after = (await f.Service.PayrollAsync(Township, TestDivisions.Township, "2026-04", default)).Value!;

        Assert.Empty(before.Lines);
        Assert.Equal(LedgerService.HeldForCareAgreement, Assert.Single(before.Held).HeldReason);
        Assert.Equal(0m, before.TotalYuan);
        Assert.Equal(1806m, Assert.Single(after.Lines).MonthlyYuan);
        Assert.Empty(after.Held);
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task PersonDied_Twice_StopsHisOwnAndRecomputesTheHousehold_Once(string kind)
    {
        await using var f = await OpenAsync(kind, new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.FromHours(8)));
        var elder = PersonKey.Of(Elder);
        var life = new LifeEventsService(f.Ledger, f.Time);
        await life.RecordPersonAsync(new PopulationRecord(Elder, "张秀英", Elder, Village, null, "公安"), default);
        await life.RecordPersonAsync(new PopulationRecord(Son, "李强", Elder, Village, null, "公安"), default);
        await GrantAsync(f, "tekun", Beneficiary.Person(elder, elder), new DateOnly(2026, 1, 15), 180_600);
        await GrantAsync(f, "dibao", Beneficiary.Household(elder, [elder, PersonKey.Of(Son)]), new DateOnly(2026, 1, 15), 140_000);
        f.Time.Advance(TimeSpan.FromDays(90));

        var first = await life.PersonDiedAsync(Elder, new DateOnly(2026, 4, 15), "卫健", default);
        var again = await life.PersonDiedAsync(Elder, new DateOnly(2026, 4, 15), "公安", default);

        Assert.Equal((2, Village), (first.EntitlementsChanged, first.HouseholdDivisionCode));
        Assert.Equal(0, again.EntitlementsChanged);
        Assert.Equal(3206m, (await f.Service.PayrollAsync(Township, TestDivisions.Township, "2026-04", default)).Value!.TotalYuan);
        var may = (await f.Service.PayrollAsync(Township, TestDivisions.Township, "2026-05", default)).Value!;
        var dibao = Assert.Single(may.Lines);
        Assert.Equal((700m, 1, "家庭人口变化，按新的保障人数重新核定"), (dibao.MonthlyYuan, dibao.Members, dibao.RuleText));
        Assert.Equal(700m, (await f.Service.PersonAsync(Township, Son, "2026-05", default)).Value!.TotalYuan);
        Assert.Equal(new DateOnly(2026, 4, 15), (await f.Ledger.GetPersonAsync(elder))!.Died);
        var stops = await f.Casework.ListAuditAsync("entitlement", "case:tekun");
        Assert.Equal(["ledger.grant", "ledger.stop"], stops.Select(a => a.Action));
        Assert.Contains(LedgerRules.StopMonthAfterDeath, stops[1].Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task OldAgeAllowance_TwoHostsAcrossThe80thBirthday_GrantOnce_FromTheNextMonth(string kind)
    {
        await using var f = await OpenAsync(kind, new DateTimeOffset(2026, 3, 9, 2, 0, 0, TimeSpan.FromHours(8)));
        await new KnownPeople(f.Ledger, f.Time).RecordApplicationAsync(
            new Workflow.Casework.Application.Requests.ApplicationRequest(null, new(null, Elder, null, null, null, null, false), [new("李强", "子女", Son)],
                null, null, false), Village, "wangfang", default);
        var hosts = new[] { new OldAgeAllowanceRun(new LedgerStore(f.Db.Database), f.Casework, Bannan, f.Time), new OldAgeAllowanceRun(new LedgerStore(f.Db.Database), f.Casework, Bannan, f.Time) };

        var dayBefore = await hosts[0].RunAsync("system", default);
        f.Time.Advance(TimeSpan.FromDays(1));
        var onTheBirthday = await Task.WhenAll(hosts.Select(h => h.RunAsync("system", default)));
        var dayAfter = await hosts[1].RunAsync("system", default);

        Assert.Equal((0, 1, 0), (dayBefore, onTheBirthday.Sum(), dayAfter));
        var granted = (await f.Ledger.GetAsync(OldAgeAllowance.EntitlementId(PersonKey.Of(Elder))))!;
        Assert.Equal((LedgerMonth.Of(2026, 4).Index, 5_000L), (granted.StartMonth, Assert.Single(granted.Amounts).MonthlyFen));
        Assert.Contains(LedgerRules.OldAgeAllowanceOnBirthday, Assert.Single(await f.Casework.ListAuditAsync("entitlement", granted.Id)).Detail, StringComparison.Ordinal);
        var runs = (await f.Casework.ListAuditAsync("rule", OldAgeAllowance.ItemCode)).Where(a => a.Action == "ledger.old-age-run").ToList();
        Assert.Equal(4, runs.Count);
        Assert.All(runs, r => Assert.Contains(LedgerRules.OldAgeAllowanceOnBirthday, r.Detail, StringComparison.Ordinal));
        Assert.Single(runs, r => r.Detail.Contains("\"changes\":1", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task Grant_ApprovedDispersedTekunFinishing_IsGrantedByTheConsumerOnce_FromTheNextMonth_HeldForTheAgreement(string kind)
    {
        await using var f = await OpenAsync(kind, new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        var store = new DapperInstanceStore(f.Db.Database, f.Time);
        var catalog = new InMemoryDefinitionCatalog();
        catalog.Publish(DefinitionReader.Read(TestDefinitions.Flowchart(
            $$"""
            {{TestDefinitions.Activity("s", "Elsa.Start")}},
            {{Set("r", "result", "approved")}}, {{Set("c", "selfCare", "unable")}}, {{Set("m", "supportMode", "dispersed")}}
            """,
            $"{TestDefinitions.Connect("s", "r")}, {TestDefinitions.Connect("r", "c")}, {TestDefinitions.Connect("c", "m")}",
            "[" + string.Join(",", new[] { "result", "selfCare", "supportMode" }.Select(v => $$"""{ "id": "{{v}}", "name": "{{v}}", "typeName": "String", "value": "" }""")) + "]",
            "tekun")).Definition!);
        var finished = await new WorkflowExecutor(catalog, store, new EngineServices(f.Time))
            .ExecuteAsync(new StartInstance("app-1-tekun", "tekun", null, new System.Text.Json.Nodes.JsonObject { ["divisionCode"] = Village }));
        Assert.True(finished.IsAccepted, finished.Rejection?.ToString());
        var form = new ApplicationRequest(TestDivisions.Township, new ApplicantBody("张秀英", Elder, null, null, Village, Village, false), [], ["tekun"], null, true);
        await f.Casework.CreateApplicationAsync(new ApplicationRecord("app-1", "", TestDivisions.Township, TestDivisions.Township, "张秀英", "accepted", "",
            f.Time.GetUtcNow(), "wangfang", null, 0), n => $"500113-20260320-{n:D5}", "500113-20260320",
            _ => (new StoredApplication(form, "window", [], [], null, "王芳").ToJson(),
                [new ApplicationItemRecord("app-1", "tekun", "workflow", "app-1-tekun", null, TestDivisions.Township, "running", Village)]),
            CaseworkAudit.OfApplication(f.Time, Township, "application.accept", "app-1", new { }));
        var grants = new LedgerGrants(f.Ledger, f.Casework, new CaseReader(store, catalog), Microsoft.Extensions.Options.Options.Create(new LedgerOptions()), f.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<LedgerGrants>.Instance);
        var message = new WorkflowFinished("app-1-tekun", "tekun", 1, "Finished", "approved", f.Time.GetUtcNow());

        await using var bus = new ServiceCollection().AddSingleton(grants)
            .AddMassTransitTestHarness(x => x.AddConsumer<LedgerGrantConsumer, LedgerGrantConsumerDefinition>()).BuildServiceProvider(true);
        var harness = bus.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(message);
        Assert.True(await harness.GetConsumerHarness<LedgerGrantConsumer>().Consumed.Any<WorkflowFinished>());
        var again = await grants.GrantAsync(message, default);

        Assert.Equal(0, again);
        var entry = Assert.Single((await f.Service.ByCaseAsync(Township, "app-1-tekun", default)).Value!.Entries);
        Assert.Equal((1806m, "2026-04", LedgerService.HeldForCareAgreement), (entry.StandardYuan, entry.StartMonth, entry.HeldReason));
        Assert.Equal(LedgerGrants.EntitlementId("app-1-tekun"), entry.Id);
        Assert.Empty((await f.Service.PayrollAsync(Township, TestDivisions.Township, "2026-04", default)).Value!.Lines);
    }

    private static string Set(string id, string variable, string value) => TestDefinitions.Activity(id, "Elsa.SetVariable",
        $$""" "variable": { "id": "{{variable}}", "name": "{{variable}}", "typeName": "String" }, {{TestDefinitions.Literal("value", value)}} """);

    [Fact]
    public async Task OldAgeAllowanceWorker_RunsOnceADay_FromOneOClockChinaTime()
    {
        await using var f = await OpenAsync("sqlite", new DateTimeOffset(2026, 3, 10, 0, 30, 0, TimeSpan.FromHours(8)));
        await f.Ledger.RecordPersonAsync(new KnownPersonRecord(PersonKey.Of(Elder), PersonKey.Of(Elder), new DateOnly(1946, 3, 10), Village,
            new DateOnly(2026, 1, 1), null), overwrite: true);
        using var worker = new Workflow.Web.Casework.OldAgeAllowanceWorker(new OldAgeAllowanceRun(f.Ledger, f.Casework, Bannan, f.Time),
            Microsoft.Extensions.Options.Options.Create(new LedgerOptions()), f.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Workflow.Web.Casework.OldAgeAllowanceWorker>.Instance);

        var halfPastMidnight = await worker.RunIfDueAsync(default);
        f.Time.Advance(TimeSpan.FromHours(1));
        var halfPastOne = await worker.RunIfDueAsync(default);
        f.Time.Advance(TimeSpan.FromHours(1));
        var halfPastTwo = await worker.RunIfDueAsync(default);

        Assert.Equal((0, 1, 0), (halfPastMidnight, halfPastOne, halfPastTwo));
        Assert.Single(await f.Casework.ListAuditAsync("rule", OldAgeAllowance.ItemCode));
    }

    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task RestrictedChildEntitlement_IsListedOnlyToTheChildProtectionPosts_AndAMoveStopsIt(string kind)
    {
        await using var f = await OpenAsync(kind, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        var child = Id("20150606", 21);
        var outcome = BenefitsLedger.Grant(new GrantRequest("case:child", LedgerItems.DeFactoUnsupportedChild,
            Beneficiary.Person(PersonKey.Of(child), PersonKey.Of(child)), Village, "inst-child", new DateOnly(2026, 3, 2), 130_000, Restricted: true),
            "system", f.Time.GetUtcNow());
        await f.Ledger.ApplyAsync(LedgerWrites.Of([outcome], "approval", "app-2"));

        var assistant = (await f.Service.PersonAsync(Caller(TestActor.VillageAssistant), child, "2026-04", default)).Value!;
        var township = (await f.Service.PersonAsync(Township, child, "2026-04", default)).Value!;
        var list = (await f.Service.ItemInDivisionAsync(Caller(TestActor.VillageAssistant), LedgerItems.DeFactoUnsupportedChild, Village, 1, 50, null, default)).Value!;
        var moved = await new LifeEventsService(f.Ledger, f.Time).PersonMovedAsync(child, new DateOnly(2026, 6, 3), "500114101001", "公安", default);

        Assert.Empty(assistant.Entries);
        Assert.Empty(list.Entries);
        Assert.Equal(1300m, Assert.Single(township.Entries).MonthlyYuan);
        Assert.Equal(1, moved.EntitlementsChanged);
        Assert.Equal("2026-07", Assert.Single((await f.Service.PersonAsync(Township, child, "2026-07", default)).Value!.Entries).StopMonth);
    }
    [Fact]
    public async Task ItemInDivision_AnAbsurdPage_IsRefusedAsInvalid_NeverAnOverflow()
    {
        await using var f = await OpenAsync("sqlite", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));

        var outcome = await f.Service.ItemInDivisionAsync(Township, "tekun", Village, int.MaxValue, 200, null, default);

        Assert.Equal("page", outcome.Rejection?.Field);
    }
    [Theory]
    [MemberData(nameof(MigratedDatabase.Kinds), MemberType = typeof(MigratedDatabase))]
    public async Task CareAgreementGate_UploadedInMay_HoldsAprilInEveryView_AndPaysFromMay(string kind)
    {
        await using var f = await OpenAsync(kind, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await GrantAsync(f, "tekun", Beneficiary.Person(PersonKey.Of(Elder), PersonKey.Of(Elder)), new DateOnly(2026, 3, 2), 180_600,
            AttachmentKinds.CareAgreement);
        var unsigned = (await f.Service.PersonAsync(Township, Elder, "2026-04", default)).Value!;
        f.Time.Advance(TimeSpan.FromDays(70));
        await f.Casework.AddAttachmentAsync(new AttachmentRecord("att-1", "app-1", "委托照料服务协议.pdf", "application/pdf", 10, new string('a', 64),
            "zhangwei", f.Time.GetUtcNow(), AttachmentKinds.CareAgreement), CaseworkAudit.OfApplication(f.Time, Township, "attachment.add", "app-1", new { }));

        var april = (await f.Service.HouseholdAsync(Township, Elder, "2026-04", default)).Value!;
        var aprilPayroll = (await f.Service.PayrollAsync(Township, TestDivisions.Township, "2026-04", default)).Value!;
        var may = (await f.Service.PersonAsync(Township, Elder, "2026-05", default)).Value!;

        Assert.Equal((0m, LedgerService.HeldForCareAgreement), (unsigned.TotalYuan, Assert.Single(unsigned.Entries).HeldReason));
        Assert.Equal((0m, LedgerService.HeldForCareAgreement), (april.TotalYuan, Assert.Single(april.Entries).HeldReason));
        Assert.Empty(aprilPayroll.Lines);
        Assert.Equal((1806m, (string?)null), (may.TotalYuan, Assert.Single(may.Entries).HeldReason));
    }
}

using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>
/// The benefits ledger's rows (issue 11): a grant with its amount history, a change as a new row, a stop that a repeat
/// leaves alone, every change with its audit entry, the scoped lists, and one grant from two hosts at once.
/// </summary>
public abstract class LedgerConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private static readonly string Alice = new('a', 64);
    private static readonly string Bob = new('b', 64);
    private const int March2026 = 2026 * 12 + 2;

    private LedgerStore Ledger() => new(Db.Main);

    private CaseworkAuditEntry Audit(string action, string subject, string rule) =>
        new(Guid.NewGuid().ToString("N"), Time.GetUtcNow(), "system", action, "entitlement", subject, $$"""{"rule":"{{rule}}"}""");

    private static EntitlementRecord Dibao(string id, string division = "500113102001", bool restricted = false) =>
        new(id, "dibao", "household", null, Alice, division, "inst-" + id, "app-1", March2026, null, restricted, null,
            [new AmountRecord(March2026, 140_000, "start.month-after-approval", [Alice, Bob])]);

    [Fact]
    public async Task Ledger_GrantAmountAndStop_AreRowsWithAudit_AndRepeatsChangeNothing()
    {
        var ledger = Ledger();
        var grant = new GrantWrite(Dibao("e-1"), Audit("ledger.grant", "e-1", "start.month-after-approval"));

        Assert.Equal(1, await ledger.ApplyAsync([grant]));
        Assert.Equal(0, await ledger.ApplyAsync([grant with { Audit = Audit("ledger.grant", "e-1", "again") }]));
        Time.Advance(TimeSpan.FromMinutes(1));
        var amount = new AmountWrite("e-1", 1, new AmountRecord(March2026 + 2, 70_000, "amount.household-size", [Alice]),
            Audit("ledger.amount", "e-1", "amount.household-size"));
        Time.Advance(TimeSpan.FromMinutes(1));
        var stop = new StopWrite("e-1", March2026 + 5, Audit("ledger.stop", "e-1", "stop.month-after-death"));
        Assert.Equal(2, await ledger.ApplyAsync([amount, stop], (Bob, new DateOnly(2026, 4, 9))));
        Assert.Equal(0, await ledger.ApplyAsync([amount with { Audit = Audit("ledger.amount", "e-1", "x") }, stop with { Audit = Audit("ledger.stop", "e-1", "x") }]));

        var stored = (await ledger.GetAsync("e-1"))!;
        Assert.Equal(March2026 + 5, stored.StopMonth);
        Assert.Equal([140_000L, 70_000L], stored.Amounts.Select(a => a.MonthlyFen));
        Assert.Equal([Alice, Bob], stored.Amounts[0].Members);
        Assert.Equal(["ledger.grant", "ledger.amount", "ledger.stop"], (await new CaseworkStore(Db.Main, Time).ListAuditAsync("entitlement", "e-1")).Select(a => a.Action));
        Assert.Equal(["e-1"], (await ledger.ConcerningAsync(Bob, new string('z', 64))).Select(e => e.Id));
        Assert.Equal(["e-1"], (await ledger.ByCaseAsync("inst-e-1")).Select(e => e.Id));
    }

    [Fact]
    public async Task Ledger_Lists_KeepToTheScopeAndTheRestrictedFlag()
    {
        var ledger = Ledger();
        await ledger.ApplyAsync([
            new GrantWrite(Dibao("e-a"), Audit("ledger.grant", "e-a", "r")),
            new GrantWrite(Dibao("e-b", "500114101001"), Audit("ledger.grant", "e-b", "r")),
            new GrantWrite(Dibao("e-c", restricted: true), Audit("ledger.grant", "e-c", "r")),
        ]);

        var township = new LedgerScope(["500113"], false);
        Assert.Equal(["e-a"], (await ledger.ItemInDivisionAsync("dibao", "500113", March2026, township, 0, 10)).Select(e => e.Id));
        Assert.Equal(["e-a", "e-c"], (await ledger.ItemInDivisionAsync("dibao", "5001", March2026, new LedgerScope(["500113"], true), 0, 10)).Select(e => e.Id));
        Assert.Equal(["e-c"], (await ledger.ItemInDivisionAsync("dibao", "5001", March2026, new LedgerScope(["500113"], true), 1, 10)).Select(e => e.Id));
        await ledger.ApplyAsync([new StopWrite("e-c", March2026 + 1, Audit("ledger.stop", "e-c", "r"))]);
        Assert.Equal(["e-a", "e-c"], (await ledger.ItemInDivisionAsync("dibao", "5001", March2026, new LedgerScope(["500113"], true), 0, 10)).Select(e => e.Id));
        Assert.Equal(["e-a"], (await ledger.ItemInDivisionAsync("dibao", "5001", March2026 + 1, new LedgerScope(["500113"], true), 0, 10)).Select(e => e.Id));
        Assert.Equal(["e-a", "e-b"], (await ledger.PayrollAsync("", March2026, new LedgerScope(["500113", "500114"], false))).Select(e => e.Id));
        Assert.Empty(await ledger.PayrollAsync("", March2026 - 1, new LedgerScope([""], true)));
        Assert.Empty(await ledger.PayrollAsync("", March2026, new LedgerScope([], true)));
    }

    [Fact]
    public async Task Ledger_KnownPeople_UpsertFromPopulationData_AndTheWindowAddsOnlyNewOnes()
    {
        var ledger = Ledger();
        await ledger.RecordPersonAsync(new KnownPersonRecord(Alice, Alice, new DateOnly(1946, 3, 10), "500113102001", new DateOnly(2026, 1, 5), null), false);
        await ledger.RecordPersonAsync(new KnownPersonRecord(Alice, Alice, new DateOnly(1946, 3, 10), "500113999999", new DateOnly(2026, 2, 5), null), false);
        Assert.Equal("500113102001", (await ledger.GetPersonAsync(Alice))!.DivisionCode);
        await ledger.RecordPersonAsync(new KnownPersonRecord(Alice, Bob, new DateOnly(1946, 3, 10), "500114101001", new DateOnly(2026, 2, 5), null), true);
        await ledger.RecordPersonAsync(new KnownPersonRecord(Bob, Bob, new DateOnly(1990, 1, 1), "500114101001", new DateOnly(2026, 2, 5), null), true);

        var alice = (await ledger.GetPersonAsync(Alice))!;
        Assert.Equal((Bob, "500114101001", new DateOnly(2026, 1, 5)), (alice.HouseholdKey, alice.DivisionCode, alice.KnownSince));
        Assert.Equal([Alice], (await ledger.PeopleBornByAsync(new DateOnly(1946, 12, 31), "", 10)).Select(p => p.PersonKey));
        await ledger.ApplyAsync([], (Alice, new DateOnly(2026, 5, 1)));
        Assert.Empty(await ledger.PeopleBornByAsync(new DateOnly(1946, 12, 31), "", 10));
        Assert.Equal(new DateOnly(2026, 5, 1), (await ledger.GetPersonAsync(Alice))!.Died);
    }

    [Fact]
    public async Task Ledger_OneGrantFromEightHostsAtOnce_IsWrittenOnceWithOneAudit()
    {
        var hosts = Enumerable.Range(0, 8).Select(_ => new LedgerStore(Db.OpenHost())).ToList();

        var changed = await Task.WhenAll(hosts.Select(h => h.ApplyAsync([new GrantWrite(Dibao("old-age:x"), Audit("ledger.grant", "old-age:x", "r"))])));

        Assert.Equal(1, changed.Sum());
        Assert.Single(await new CaseworkStore(Db.Main, Time).ListAuditAsync("entitlement", "old-age:x"));
        Assert.Single((await Ledger().GetAsync("old-age:x"))!.Amounts);
    }
    [Fact]
    public async Task Ledger_TwoHostsWritingDifferentAmountsAtOnePosition_OneCommitsAndTheOtherConflictsWritingNothing()
    {
        await Ledger().ApplyAsync([new GrantWrite(Dibao("e-race"), Audit("ledger.grant", "e-race", "r"))]);
        var carol = new string('c', 64);
        AmountWrite Without(string member) => new("e-race", 1, new AmountRecord(March2026 + 1, 70_000, "amount.household-size", [member]),
            Audit("ledger.amount", "e-race", "amount.household-size"));
        var hosts = new[] { (Host: new LedgerStore(Db.OpenHost()), Write: Without(Alice)), (Host: new LedgerStore(Db.OpenHost()), Write: Without(Bob)) };

        var results = await Task.WhenAll(hosts.Select(async h =>
        {
            try
            {
                return await h.Host.ApplyAsync([h.Write], (carol, new DateOnly(2026, 3, 20)));
            }
            catch (LedgerConflictException)
            {
                return -1;
            }
        }));

        Assert.Equal([-1, 1], results.Order());
        var stored = (await Ledger().GetAsync("e-race"))!;
        Assert.Equal(2, stored.Amounts.Count);
        Assert.Equal(["ledger.amount", "ledger.grant"], (await new CaseworkStore(Db.Main, Time).ListAuditAsync("entitlement", "e-race")).Select(a => a.Action).Order());
        var same = stored.Amounts[1].Members[0] == Alice ? Without(Alice) : Without(Bob);
        Assert.Equal(0, await Ledger().ApplyAsync([same with { Audit = Audit("ledger.amount", "e-race", "again") }]));
    }
}

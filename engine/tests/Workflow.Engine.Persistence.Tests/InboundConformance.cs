using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Messages from other systems (issue 11): one row per (sender, sender's id), settled once, one reply per ticket.</summary>
public abstract class InboundConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private InboundMessageStore Inbound() => new(Db.Main);

    private CaseworkAuditEntry Audit(string action, string id) =>
        new(Guid.NewGuid().ToString("N"), Time.GetUtcNow(), "system", action, "inbound", id, "{}");

    private InboundMessageRecord Message(string id, string senderId) =>
        new(id, "hotline-ticket", "12345-city", senderId, "500113102001", "key", """{"ticketNumber":"T1"}""", "received", null, null, null,
            Time.GetUtcNow(), Time.GetUtcNow(), null);

    [Fact]
    public async Task Inbound_SameSenderIdTwice_KeepsTheFirstRow()
    {
        var store = Inbound();

        var first = await store.AddAsync(Message("m1", "T-1"), Audit("inbound.receive", "m1"));
        var again = await store.AddAsync(Message("m2", "T-1"), Audit("inbound.receive", "m2"));

        Assert.True(first.IsNew);
        Assert.False(again.IsNew);
        Assert.Equal("m1", again.Record.Id);
        Assert.Null(await store.GetAsync("m2"));
        Assert.Equal("""{"ticketNumber":"T1"}""", (await store.FindAsync("12345-city", "T-1"))!.Body);
    }

    [Fact]
    public async Task Inbound_SameTicketUnderANewSenderId_KeepsTheFirstRow()
    {
        var store = Inbound();

        var first = await store.AddAsync(Message("m5", "T-5"), Audit("inbound.receive", "m5"), "20260302-0005");
        var resent = await store.AddAsync(Message("m6", "T-5-resent"), Audit("inbound.receive", "m6"), "20260302-0005");
        var otherTicket = await store.AddAsync(Message("m7", "T-7"), Audit("inbound.receive", "m7"), "20260302-0007");
        var otherSender = await store.AddAsync(Message("m8", "T-5") with { Sender = "12345-other" }, Audit("inbound.receive", "m8"), "20260302-0005");

        Assert.True(first.IsNew);
        Assert.False(resent.IsNew);
        Assert.Equal("m5", resent.Record.Id);
        Assert.Null(await store.GetAsync("m6"));
        Assert.Null(await store.FindAsync("12345-city", "T-5-resent"));
        Assert.True(otherTicket.IsNew);
        Assert.True(otherSender.IsNew);
        Assert.Equal("m5", (await store.FindTicketAsync("12345-city", "20260302-0005"))!.Id);
        Assert.Equal("m8", (await store.FindTicketAsync("12345-other", "20260302-0005"))!.Id);
    }

    [Fact]
    public async Task Inbound_MessagesWithoutATicketNumber_NeverCollide()
    {
        var store = Inbound();

        var a = await store.AddAsync(Message("m9", "A-9"), Audit("inbound.receive", "m9"));
        var b = await store.AddAsync(Message("m10", "A-10"), Audit("inbound.receive", "m10"));

        Assert.True(a.IsNew);
        Assert.True(b.IsNew);
    }

    [Fact]
    public async Task Inbound_Settle_MovesOnceFromTheExpectedStatus()
    {
        var store = Inbound();
        await store.AddAsync(Message("m3", "T-3"), Audit("inbound.receive", "m3"));
        Time.Advance(TimeSpan.FromMinutes(1));

        var routed = await store.SettleAsync("m3", "received", new("routed", null, "inbound:hotline-ticket@500113000000", "case-1", "500113102001", "key"),
            Time.GetUtcNow(), Audit("inbound.route", "m3"));
        var twice = await store.SettleAsync("m3", "received", new("parked", "x", null, null, null, null), Time.GetUtcNow(), Audit("inbound.park", "m3"));

        Assert.True(routed);
        Assert.False(twice);
        var row = await store.GetAsync("m3");
        Assert.Equal("routed", row!.Status);
        Assert.Equal("case-1", row.InstanceId);
        Assert.Equal(Time.GetUtcNow(), row.UpdatedAt);
        Assert.Equal("m3", (await store.FindByInstanceAsync("hotline-ticket", "case-1"))!.Id);
        Assert.DoesNotContain(await store.ListAsync("parked", 10), m => m.Id == "m3");
        Assert.Contains(await store.ListAsync("routed", 10), m => m.Id == "m3");
    }

    [Fact]
    public async Task Inbound_Reply_IsClaimedOnceUntilReleased()
    {
        var store = Inbound();
        await store.AddAsync(Message("m4", "T-4"), Audit("inbound.receive", "m4"));

        Assert.True(await store.ClaimReplyAsync("m4", Time.GetUtcNow(), Audit("inbound.reply", "m4")));
        Assert.False(await store.ClaimReplyAsync("m4", Time.GetUtcNow(), Audit("inbound.reply", "m4")));
        Assert.True(await store.ReleaseReplyAsync("m4", Audit("inbound.reply-released", "m4")));
        Assert.False(await store.ReleaseReplyAsync("m4", Audit("inbound.reply-released", "m4")));

        Assert.True(await store.ClaimReplyAsync("m4", Time.GetUtcNow(), Audit("inbound.reply", "m4")));
        Assert.Equal(Time.GetUtcNow(), (await store.GetAsync("m4"))!.RepliedAt);
        var audit = await new CaseworkStore(Db.Main).ListAuditAsync("inbound", "m4");
        Assert.Equal(2, audit.Count(a => a.Action == "inbound.reply"));
        Assert.Single(audit, a => a.Action == "inbound.reply-released");
    }
}

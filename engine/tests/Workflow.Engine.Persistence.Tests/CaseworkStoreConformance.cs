using Workflow.Engine.Persistence.Tests.Support;
using Xunit.Abstractions;
using Workflow.Engine.Ports;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Casework rows: versioned documents, applications with items and case numbers, attachments, the audit.</summary>
public abstract class CaseworkStoreConformance<TFixture>(TFixture fixture, ITestOutputHelper output) : StoreConformance<TFixture>(fixture, output)
    where TFixture : class, IStoreFixture
{
    private CaseworkStore Casework() => new(Db.Main, Time);

    private CaseworkAuditEntry Audit(string action, string subject) =>
        new(Guid.NewGuid().ToString("N"), Time.GetUtcNow(), "wangfang", action, "application", subject, "{}");

    [Fact]
    public async Task Casework_Document_SavesVersionsAndRefusesAStaleWrite()
    {
        var store = Casework();
        Assert.Null(await store.GetDocumentAsync("organisation"));

        Assert.Equal(1, await store.SaveDocumentAsync("organisation", 0, """{"v":1}""", Audit("org.save", "organisation")));
        Assert.Null(await store.SaveDocumentAsync("organisation", 0, """{"v":"again"}""", Audit("org.save", "organisation")));
        Assert.Equal(2, await store.SaveDocumentAsync("organisation", 1, """{"v":2}""", Audit("org.save", "organisation")));
        Assert.Null(await store.SaveDocumentAsync("organisation", 1, """{"v":"stale"}""", Audit("org.save", "organisation")));

        var stored = await store.GetDocumentAsync("organisation");
        Assert.Equal(2, stored!.Version);
        Assert.Equal("""{"v":2}""", stored.Body);
        Assert.Equal("wangfang", stored.UpdatedBy);
        Assert.Equal(2, (await store.ListAuditAsync("application", "organisation")).Count);
    }

    [Fact]
    public async Task Casework_Application_GetsConsecutiveCaseNumbersAndItsItems()
    {
        var store = Casework();
        var first = await CreateAsync(store, "app-1", "500113102000");
        var second = await CreateAsync(store, "app-2", "500113102000");

        Assert.Equal("500113-20260302-00001", first.CaseNumber);
        Assert.Equal("500113-20260302-00002", second.CaseNumber);
        var items = await store.ListItemsAsync("app-1");
        Assert.Equal(["dibao", "education-assistance"], items.Select(i => i.ItemCode));

        await store.UpdateItemAsync("app-1", "dibao", "inst-1", "running");
        Assert.Equal("app-1", (await store.FindItemByInstanceAsync("inst-1"))!.ApplicationId);

        Time.Advance(TimeSpan.FromHours(1));
        await store.SetApplicationStatusAsync("app-1", "closed", Time.GetUtcNow(), Audit("application.close", "app-1"));
        var closed = await store.GetApplicationAsync("app-1");
        Assert.Equal("closed", closed!.Status);
        Assert.Equal(Time.GetUtcNow(), closed.ClosedAt);
        Assert.Equal(2, closed.Version);
        Assert.Equal(["application.accept", "application.close"], (await store.ListAuditAsync("application", "app-1")).Select(a => a.Action));
    }

    [Fact]
    public async Task Casework_List_ReturnsOnlyTheDivisionSubtreeOfWindowOrDecider()
    {
        var store = Casework();
        await CreateAsync(store, "app-a", "500113102000");
        await CreateAsync(store, "app-b", "511702101000", deciding: "500155101000");
        await CreateAsync(store, "app-c", "500114101000");

        Assert.Equal(["app-a"], (await store.ListApplicationsAsync(new CaseScope(["500113"], true, null, []), 0, 50)).Select(a => a.Id));
        Assert.Equal(["app-b"], (await store.ListApplicationsAsync(new CaseScope(["500155"], true, null, []), 0, 50)).Select(a => a.Id));
        Assert.Equal(["app-b"], (await store.ListApplicationsAsync(new CaseScope(["5117"], true, null, []), 0, 50)).Select(a => a.Id));
        Assert.Equal(3, (await store.ListApplicationsAsync(new CaseScope(["5"], true, null, []), 0, 50)).Count);
        Assert.Empty(await store.ListApplicationsAsync(new CaseScope(["500155"], true, null, []), 0, 50, acceptedIn: ["500155"]));
    }

    [Fact]
    public async Task Casework_CaseAttachment_IsListedUnderItsCaseOnly()
    {
        var store = Casework();
        var caseId = "case-" + Guid.NewGuid().ToString("N");
        var photo = new CaseAttachmentRecord(Guid.NewGuid().ToString("N"), caseId, "入户照片.png", "image/png", 68, new string('b', 64), "zhoujie", Time.GetUtcNow(), "visit-photo");

        await store.AddCaseAttachmentAsync(photo, Audit("attachment.add", caseId));

        Assert.Equal([photo], await store.ListCaseAttachmentsAsync(caseId));
        Assert.Empty(await store.ListCaseAttachmentsAsync(caseId + "-other"));
        Assert.Empty(await store.ListAttachmentsAsync(caseId));
    }

    [Fact]
    public async Task Casework_Attachment_IsListedWithItsHash()
    {
        var store = Casework();
        await CreateAsync(store, "app-1", "500113102000");
        var file = new AttachmentRecord("att-1", "app-1", "户口簿.pdf", "application/pdf", 1234, new string('a', 64), "wangfang", Time.GetUtcNow());
        await store.AddAttachmentAsync(file, Audit("attachment.add", "app-1"));

        Assert.Equal([file], await store.ListAttachmentsAsync("app-1"));
    }

    [Fact]
    public async Task Casework_Payments_StopAtTheYearlyCapPerHousehold()
    {
        var store = Casework();
        var household = new string('b', 64);
        PaymentRecord Pay(string id, long fen, int year = 2026) =>
            new(id, "app-1", "temporary-assistance", household, year, fen, "stage", "第1期", "liuqiang", Time.GetUtcNow());

        Assert.True((await store.AddPaymentAsync(Pay("p1", 400_000), 1_000_000, Audit("payment", "app-1"))).Recorded);
        Assert.True((await store.AddPaymentAsync(Pay("p2", 600_000), 1_000_000, Audit("payment", "app-1"))).Recorded);
        var refused = await store.AddPaymentAsync(Pay("p3", 1), 1_000_000, Audit("payment", "app-1"));
        Assert.False(refused.Recorded);
        Assert.Equal(1_000_000, refused.PaidBeforeFen);
        Assert.True((await store.AddPaymentAsync(Pay("p4", 300_000), null, Audit("payment", "app-1"))).Recorded);
        Assert.True((await store.AddPaymentAsync(Pay("p5", 300_000, 2027), 1_000_000, Audit("payment", "app-1"))).Recorded);

        Assert.Equal(1_300_000, await store.PaidInYearAsync(household, "temporary-assistance", 2026));
        Assert.Equal(0, await store.PaidInYearAsync(household, "dibao", 2026));
        Assert.Equal(["p1", "p2", "p4", "p5"], (await store.ListPaymentsAsync("app-1")).Select(p => p.Id));
    }

    [Fact]
    public async Task Casework_Payments_AtTheSameMomentFromTwoHosts_CannotPassTheCapTogether()
    {
        var household = new string('c', 64);
        var hosts = Enumerable.Range(0, 8).Select(_ => new CaseworkStore(Db.OpenHost(), Time)).ToList();

        var results = await Task.WhenAll(hosts.Select((store, i) => store.AddPaymentAsync(
            new PaymentRecord($"race-{i}", "app-1", "temporary-assistance", household, 2026, 600_000, "stage", "", "liuqiang", Time.GetUtcNow()),
            1_000_000, Audit("payment", "app-1"))));

        Assert.Single(results, r => r.Recorded);
        Assert.Equal(600_000, await Casework().PaidInYearAsync(household, "temporary-assistance", 2026));
    }

    [Fact]
    public async Task Casework_Checks_RetryOnceFromOneHost_GiveUpAfterTheLast_AndTakeALateAnswer()
    {
        var store = Casework();
        var now = Time.GetUtcNow();
        await store.AddChecksAsync(
        [
            new("chk-1", "app-1", "bank", "pending", 1, now, now.AddHours(1), null, null),
            new("chk-2", "app-1", "hrss", "pending", 1, now, now.AddHours(1), null, null),
        ], Audit("check.request", "app-1"));
        Assert.True(await store.AnswerCheckAsync("chk-2", """{"summary":"无社保缴费"}""", now, Audit("check.answer", "app-1")));
        Assert.False(await store.AnswerCheckAsync("chk-2", "{}", now, Audit("check.answer", "app-1")));

        Time.Advance(TimeSpan.FromHours(2));
        var due = Assert.Single(await store.DueChecksAsync(Time.GetUtcNow(), 10));
        Assert.Equal("chk-1", due.Id);
        Assert.True(await store.RetryOrGiveUpAsync(due, 2, Time.GetUtcNow(), Time.GetUtcNow().AddHours(1), Audit("check.retry", "app-1")));
        Assert.Null(await new CaseworkStore(Db.OpenHost(), Time).RetryOrGiveUpAsync(due, 2, Time.GetUtcNow(), Time.GetUtcNow().AddHours(1), Audit("check.retry", "app-1")));

        Time.Advance(TimeSpan.FromHours(2));
        var again = Assert.Single(await store.DueChecksAsync(Time.GetUtcNow(), 10));
        Assert.Equal(2, again.Attempts);
        Assert.False(await store.RetryOrGiveUpAsync(again, 2, Time.GetUtcNow(), Time.GetUtcNow().AddHours(1), Audit("check.give-up", "app-1")));
        Assert.Equal("timed-out", (await store.GetCheckAsync("chk-1"))!.Status);
        Assert.Empty(await store.DueChecksAsync(Time.GetUtcNow(), 10));

        Assert.True(await store.AnswerCheckAsync("chk-1", """{"summary":"存款 3200 元"}""", Time.GetUtcNow(), Audit("check.answer", "app-1")));
        Assert.All(await store.ListChecksAsync("app-1"), c => Assert.Equal("answered", c.Status));
    }

    [Fact]
    public async Task Casework_DueBefore_ListsOpenTasksOfTheSubtreeSoonestFirst()
    {
        await Host.StartAsync("case-due");
        var store = Casework();
        var far = Time.GetUtcNow().AddDays(400);

        var due = await store.DueBeforeAsync(Area("5"), far, 10);
        Assert.NotEmpty(due);
        Assert.All(due, d => Assert.Equal("case-due", d.InstanceId));
        Assert.Empty(await store.DueBeforeAsync(Area("5"), Time.GetUtcNow(), 10));
        Assert.Empty(await store.DueBeforeAsync(Area("44"), far, 10));
    }

    private static CaseScope Area(string prefix) => new([prefix], false, null, []);

    private Task<ApplicationRecord> CreateAsync(CaseworkStore store, string id, string window, string? deciding = null)
    {
        var application = new ApplicationRecord(id, "", window, deciding ?? window, "张秀英", "accepted", """{"applicant":{}}""",
            Time.GetUtcNow(), "wangfang", null, 0);
        ApplicationItemRecord[] items =
        [
            new(id, "dibao", "workflow", null, null, deciding ?? window, "pending"),
            new(id, "education-assistance", "referral", null, "district-education", deciding ?? window, "pending"),
        ];
        return store.CreateApplicationAsync(application, n => $"{window[..6]}-20260302-{n:D5}", window[..6] + "-20260302",
            number => ("""{"applicant":{}}""", items), Audit("application.accept", id));
    }
}

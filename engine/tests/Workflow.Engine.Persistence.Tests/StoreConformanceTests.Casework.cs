using Workflow.Engine.Persistence.Casework;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>Casework rows: versioned documents, applications with items and case numbers, attachments, the audit.</summary>
public abstract partial class StoreConformanceTests<TFixture>
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

        Assert.Equal(["app-a"], (await store.ListApplicationsAsync("500113", 50)).Select(a => a.Id));
        Assert.Equal(["app-b"], (await store.ListApplicationsAsync("500155", 50)).Select(a => a.Id));
        Assert.Equal(["app-b"], (await store.ListApplicationsAsync("5117", 50)).Select(a => a.Id));
        Assert.Equal(3, (await store.ListApplicationsAsync("5", 50)).Count);
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

    private Task<ApplicationRecord> CreateAsync(CaseworkStore store, string id, string window, string? deciding = null)
    {
        var application = new ApplicationRecord(id, "", window, deciding ?? window, "张秀英", "accepted", """{"applicant":{}}""",
            Time.GetUtcNow(), "wangfang", null, 0);
        ApplicationItemRecord[] items =
        [
            new(id, "dibao", "workflow", null, null, deciding ?? window, "pending"),
            new(id, "education-assistance", "referral", null, "district-education", deciding ?? window, "pending"),
        ];
        return store.CreateApplicationAsync(application, n => $"{window[..6]}-20260302-{n:D5}", window[..6] + "-20260302", items,
            Audit("application.accept", id));
    }
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Inbound;
using Workflow.Engine.Messaging.Tests.Support;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Messaging.Tests.Inbound;

/// <summary>
/// Who sees a parked message: an administrator over its division; one whose division could not be read belongs to no
/// area, so only to a system-wide administrator (<see cref="AdministrationScope.IsSystemWide"/>), never to a district's.
/// </summary>
public sealed class InboundAdministrationTests : IAsyncLifetime
{
    private readonly InboundFixture _inbound = new();
    private HarnessHost _host = null!;

    private static Caller Administrator(string id, params string[] divisions)
    {
        var actor = Actor.User(id, [StandardPosts.Administrator], divisions);
        return new Caller(actor, id, AccessSubject.Of(actor));
    }

    public async Task InitializeAsync()
    {
        _host = await _inbound.StartAsync();
        _inbound.Directory.Use(new OrganisationBuilder()
            .AddDivision(new Division("500000000000", "重庆市", "province", null))
            .AddDivision(new Division(TestDivisions.District, "巴南区", "district", "500000000000"))
            .AddDivision(new Division("500155000000", "梁平区", "district", "500000000000"))
            .Build(), 1);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _inbound.DisposeAsync();
    }

    [Fact]
    public async Task ParkedWithoutADivision_IsListedToASystemWideAdministrator_NotToADistrictOne()
    {
        var service = _host.Services.GetRequiredService<InboundService>();
        var admin = _host.Services.GetRequiredService<InboundAdministration>();
        var death = await service.ReceiveAsync(InboundKinds.PersonDied, "gongan",
            JsonSerializer.Serialize(new PersonDied("gongan", "d-9", TestPeople.Elder, new DateOnly(2028, 5, 3), "公安"), InboundReader.Json), null,
            CancellationToken.None);
        var district = Administrator("banan-admin", TestDivisions.District);
        var root = Administrator("root");

        var districtList = await admin.ListAsync(district, InboundStatuses.Parked, CancellationToken.None);
        var rootList = await admin.ListAsync(root, InboundStatuses.Parked, CancellationToken.None);
        var districtDismiss = await admin.DismissAsync(district, death.MessageId, "不是我的", CancellationToken.None);
        var districtReprocess = await admin.ReprocessAsync(district, death.MessageId, CancellationToken.None);

        Assert.Equal(InboundStatuses.Parked, death.Status);
        Assert.Null((await _inbound.Messages.GetAsync(death.MessageId))!.DivisionCode);
        Assert.DoesNotContain(districtList.Value!, m => m.Id == death.MessageId);
        Assert.Contains(rootList.Value!, m => m.Id == death.MessageId);
        Assert.Equal(RejectionType.NotFound, districtDismiss.Rejection!.Type);
        Assert.Equal(RejectionType.NotFound, districtReprocess.Rejection!.Type);
        Assert.Equal(InboundStatuses.Parked, (await _inbound.Messages.GetAsync(death.MessageId))!.Status);
    }

    [Fact]
    public async Task ParkedInADistrict_IsListedToThatDistrictsAdministrator()
    {
        var service = _host.Services.GetRequiredService<InboundService>();
        var admin = _host.Services.GetRequiredService<InboundAdministration>();
        var ticket = new HotlineTicketReceived("cq-12345", "t-9", "T-9", "重庆市12345热线", "儿童独自在家", new ReportedChild("小明", "5001132017", TestDivisions.Village, null),
            null, "未成年人保护", DateTimeOffset.Parse("2026-03-02T01:00:00Z"), null);
        var parked = await service.ReceiveAsync(InboundKinds.HotlineTicket, "cq-12345", JsonSerializer.Serialize(ticket, InboundReader.Json), null,
            CancellationToken.None);

        var list = await admin.ListAsync(Administrator("banan-admin", TestDivisions.District), InboundStatuses.Parked, CancellationToken.None);
        var elsewhere = await admin.ListAsync(Administrator("liangping-admin", "500155000000"), InboundStatuses.Parked, CancellationToken.None);

        Assert.Equal(InboundStatuses.Parked, parked.Status);
        Assert.Contains(list.Value!, m => m.Id == parked.MessageId);
        Assert.DoesNotContain(elsewhere.Value!, m => m.Id == parked.MessageId);
    }

    [Fact]
    public async Task Dismiss_WithAPhoneNumberInTheNote_KeepsAndAuditsItMasked()
    {
        var service = _host.Services.GetRequiredService<InboundService>();
        var admin = _host.Services.GetRequiredService<InboundAdministration>();
        var ticket = new HotlineTicketReceived("cq-12345", "t-10", "T-10", "重庆市12345热线", "儿童独自在家", new ReportedChild("小明", "5001132017", TestDivisions.Village, null),
            null, "未成年人保护", DateTimeOffset.Parse("2026-03-02T01:00:00Z"), null);
        var parked = await service.ReceiveAsync(InboundKinds.HotlineTicket, "cq-12345", JsonSerializer.Serialize(ticket, InboundReader.Json), null,
            CancellationToken.None);

        var dismissed = await admin.DismissAsync(Administrator("root"), parked.MessageId, "已电话 13812345678 核实，重复工单", CancellationToken.None);

        Assert.Null(dismissed.Rejection);
        var row = (await _inbound.Messages.GetAsync(parked.MessageId))!;
        Assert.DoesNotContain("13812345678", row.Reason, StringComparison.Ordinal);
        Assert.Contains("重复工单", row.Reason, StringComparison.Ordinal);
        var audit = Assert.Single(await _inbound.Casework.ListAuditAsync(InboundAudit.SubjectType, parked.MessageId), a => a.Action == "inbound.dismiss");
        Assert.DoesNotContain("13812345678", audit.Detail, StringComparison.Ordinal);
    }
}

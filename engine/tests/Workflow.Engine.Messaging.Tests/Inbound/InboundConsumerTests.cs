using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework;
using Workflow.Casework.Application.Inbound;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Messaging.Tests.Support;

namespace Workflow.Engine.Messaging.Tests.Inbound;

/// <summary>The inbound consumers on MassTransit's test harness: routing, idempotency, effects, parking and the ticket's closing.</summary>
public sealed class InboundConsumerTests : IAsyncLifetime
{
    private readonly InboundFixture _inbound = new();
    private HarnessHost _host = null!;

    public async Task InitializeAsync() => _host = await _inbound.StartAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _inbound.DisposeAsync();
    }

    private static HotlineTicketReceived Ticket(string senderId, string division = TestDivisions.Village, string ticketNumber = "T20260302-0001") =>
        new("cq-12345", senderId, ticketNumber, "重庆市12345热线", "邻居反映一名9岁儿童独自在家数周", new ReportedChild("小明", TestPeople.Child, division, "某村3组"),
            "139****0000", "未成年人保护", DateTimeOffset.Parse("2026-03-02T01:00:00Z"), DateTimeOffset.Parse("2026-03-03T01:00:00Z"));

    [Fact]
    public async Task HotlineTicket_DeliveredTwice_StartsOneChildProtectionCase()
    {
        await DeliverAsync(Ticket("msg-1"));
        await DeliverAsync(Ticket("msg-1"));

        var row = (await _inbound.Messages.FindAsync("cq-12345", "msg-1"))!;
        Assert.Equal(InboundStatuses.Routed, row.Status);
        Assert.Equal("inbound:hotline-ticket@500113000000", row.Route);
        var instance = await _inbound.Engine.ViewAsync(row.InstanceId!);
        Assert.Equal("child-protection", instance.DefinitionId);
        Assert.True((bool)instance.Input!["childProtection"]!);
        Assert.Equal("T20260302-0001", (string?)instance.Input["ticketNumber"]);
        Assert.Equal(TestDivisions.Village, (string?)instance.Input["divisionCode"]);
        Assert.Single(await _inbound.Messages.ListAsync(InboundStatuses.Routed, 10));
        Assert.False(await _host.Harness.Published.Any<Fault<HotlineTicketReceived>>());
    }

    [Fact]
    public async Task HotlineTicket_ForADivisionWithoutARoute_IsParkedWithAReason()
    {
        await DeliverAsync(Ticket("msg-2", "511722100001"));

        var row = (await _inbound.Messages.FindAsync("cq-12345", "msg-2"))!;
        Assert.Equal(InboundStatuses.Parked, row.Status);
        Assert.Contains("没有来件路由规则", row.Reason, StringComparison.Ordinal);
        Assert.Null(row.InstanceId);
    }

    [Fact]
    public async Task MonitoringAlert_WithABadIdNumberAndNoIndicators_IsParked_NeverFaulted()
    {
        await DeliverAsync(new MonitoringAlertRaised("monitor", "a-1", "500113194607120000", "王大爷", TestDivisions.Village, [], "低收入人口动态监测",
            DateTimeOffset.Parse("2026-03-02T01:00:00Z")));

        var row = (await _inbound.Messages.FindAsync("monitor", "a-1"))!;
        Assert.Equal(InboundStatuses.Parked, row.Status);
        Assert.Contains("身份证号校验位错误", row.Reason, StringComparison.Ordinal);
        Assert.Contains("缺少预警指标", row.Reason, StringComparison.Ordinal);
        Assert.False(await _host.Harness.Published.Any<Fault<MonitoringAlertRaised>>());
    }

    [Fact]
    public async Task PersonDied_StopsBenefits_ThenStartsFuneralReliefForTheFamilysDivision()
    {
        _inbound.LifeEvents.Households[TestPeople.Elder] = TestDivisions.Village;

        await DeliverAsync(new PersonDied("gongan", "d-1", TestPeople.Elder, new DateOnly(2028, 5, 3), "公安"));

        Assert.Equal([$"died:{TestPeople.Elder}:2028-05-03:公安"], _inbound.LifeEvents.Calls);
        var row = (await _inbound.Messages.FindAsync("gongan", "d-1"))!;
        Assert.Equal(InboundStatuses.Routed, row.Status);
        Assert.Equal("funeral-relief", (await _inbound.Engine.ViewAsync(row.InstanceId!)).DefinitionId);

        // 卫健 reports the same death later: the family's one 惠民殡葬 case is found, not opened again.
        await DeliverAsync(new PersonDied("weijian", "w-1", TestPeople.Elder, new DateOnly(2028, 5, 3), "卫健"));
        var second = (await _inbound.Messages.FindAsync("weijian", "w-1"))!;
        Assert.Equal((InboundStatuses.Routed, row.InstanceId), (second.Status, second.InstanceId));
    }

    [Fact]
    public async Task PopulationRecord_WithADeath_RecordsThePersonAndTheDeath_AndStartsNoCase()
    {
        await DeliverAsync(new PopulationRecordChanged("population", "p-1", TestPeople.Elder, "王大爷", TestPeople.Head, TestDivisions.Village,
            new DateOnly(1946, 7, 12), new DateOnly(2028, 5, 3)));

        Assert.Equal([$"record:{TestPeople.Elder}:{TestDivisions.Village}", $"died:{TestPeople.Elder}:2028-05-03:population"], _inbound.LifeEvents.Calls);
        var row = (await _inbound.Messages.FindAsync("population", "p-1"))!;
        Assert.Equal(InboundStatuses.Routed, row.Status);
        Assert.Null(row.InstanceId);
    }

    [Fact]
    public async Task WorkflowFinished_OfATicketCase_ClosesTheTicketOnce_WithOutcomeAndSatisfaction()
    {
        await DeliverAsync(Ticket("msg-3"));
        var instanceId = (await _inbound.Messages.FindAsync("cq-12345", "msg-3"))!.InstanceId!;
        var finished = new WorkflowFinished(instanceId, "child-protection", 1, "Finished", "approved", DateTimeOffset.Parse("2026-03-20T01:00:00Z"));
        var closing = _host.Services.GetRequiredService<TicketClosing>();
        Assert.Null(await closing.ClosingAsync("cq-12345", "T20260302-0001", CancellationToken.None));

        await DeliverAsync(finished);
        await DeliverAsync(finished);
        await DeliverAsync(finished with { InstanceId = "dibao-1" });

        var faults = _host.Harness.Consumed.Select<WorkflowFinished>().Where(c => c.Exception is not null).Select(c => c.Exception!.ToString()).ToList();
        Assert.True(faults.Count == 0, string.Join("\n", faults));
        var closed = _host.Harness.Published.Select<HotlineTicketClosed>().ToList();
        var reply = Assert.Single(closed).Context.Message;
        Assert.Equal("T20260302-0001", reply.TicketNumber);
        Assert.Equal("已上门核实并临时监护", reply.Outcome);
        Assert.Equal("满意", reply.Satisfaction);
        Assert.Equal("hotline-ticket-closed:T20260302-0001", reply.SenderMessageId);
        // The HTTP twin answers the same closing to the ticket's sender, and nothing to another system.
        var twin = await closing.ClosingAsync("cq-12345", "T20260302-0001", CancellationToken.None);
        Assert.Equal((reply.TicketNumber, reply.Outcome, reply.Satisfaction, reply.SenderMessageId), (twin!.TicketNumber, twin.Outcome, twin.Satisfaction, twin.SenderMessageId));
        Assert.Null(await closing.ClosingAsync("another-city", "T20260302-0001", CancellationToken.None));
    }

    [Fact]
    public async Task HotlineTicket_ResentUnderANewSenderId_AnswersTheFirstCase_AuditsTheRepeat()
    {
        var service = _host.Services.GetRequiredService<InboundService>();

        var first = await service.ReceiveAsync(InboundKinds.HotlineTicket, "cq-12345", Json(Ticket("msg-4")), null, CancellationToken.None);
        var resent = await service.ReceiveAsync(InboundKinds.HotlineTicket, "cq-12345", Json(Ticket("msg-4-resent") with { Summary = "再次转办" }), null,
            CancellationToken.None);
        var another = await service.ReceiveAsync(InboundKinds.HotlineTicket, "cq-12345", Json(Ticket("msg-5", ticketNumber: "T20260302-0002")), null,
            CancellationToken.None);

        Assert.Equal((InboundStatuses.Routed, false), (first.Status, first.IsRepeat));
        Assert.NotNull(first.InstanceId);
        Assert.Equal((first.MessageId, first.Status, first.InstanceId, true), (resent.MessageId, resent.Status, resent.InstanceId, resent.IsRepeat));
        Assert.Null(await _inbound.Messages.FindAsync("cq-12345", "msg-4-resent"));
        Assert.NotEqual(first.InstanceId, another.InstanceId);
        Assert.Equal(2, (await _inbound.Messages.ListAsync(InboundStatuses.Routed, 10)).Count);
        var repeat = Assert.Single(await _inbound.Casework.ListAuditAsync(InboundAudit.SubjectType, first.MessageId), a => a.Action == "inbound.repeat");
        Assert.Contains("msg-4-resent", repeat.Detail, StringComparison.Ordinal);
        Assert.Contains("T20260302-0001", repeat.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HotlineTicket_ResentOnTheBusUnderANewSenderId_OpensOneCase_AndIsClosedOnce()
    {
        await DeliverAsync(Ticket("msg-6"));
        await DeliverAsync(Ticket("msg-6-resent"));
        var instanceId = (await _inbound.Messages.FindAsync("cq-12345", "msg-6"))!.InstanceId!;
        var finished = new WorkflowFinished(instanceId, "child-protection", 1, "Finished", "approved", DateTimeOffset.Parse("2026-03-20T01:00:00Z"));
        var closing = _host.Services.GetRequiredService<TicketClosing>();
        Assert.Null(await closing.ClosingAsync("cq-12345", "T20260302-0001", CancellationToken.None));

        await DeliverAsync(finished);
        await DeliverAsync(finished);

        Assert.Single(await _inbound.Messages.ListAsync(InboundStatuses.Routed, 10));
        var reply = Assert.Single(_host.Harness.Published.Select<HotlineTicketClosed>().ToList()).Context.Message;
        Assert.Equal("T20260302-0001", reply.TicketNumber);
    }

    [Fact]
    public async Task HotlineTicket_ParkedForABadBody_ThenCorrectedUnderANewSenderId_OpensTheCase()
    {
        var service = _host.Services.GetRequiredService<InboundService>();

        var broken = await service.ReceiveAsync(InboundKinds.HotlineTicket, "cq-12345", Json(Ticket("msg-7", "5001")), null, CancellationToken.None);
        var corrected = await service.ReceiveAsync(InboundKinds.HotlineTicket, "cq-12345", Json(Ticket("msg-7-fixed")), null, CancellationToken.None);

        Assert.Equal(InboundStatuses.Parked, broken.Status);
        Assert.Equal((InboundStatuses.Routed, false), (corrected.Status, corrected.IsRepeat));
        Assert.NotNull(corrected.InstanceId);
    }

    private static string Json<T>(T message) => JsonSerializer.Serialize(message, InboundReader.Json);

    /// <summary>Publishes under a fresh bus message id and waits until the consumer has finished with that delivery.</summary>
    private async Task DeliverAsync<T>(T message)
        where T : class
    {
        var id = NewId.NextGuid();
        await _host.Harness.Bus.Publish(message, c => c.MessageId = id);
        Assert.True(await _host.Harness.Consumed.Any<T>(m => m.Context.MessageId == id), $"{typeof(T).Name} {id} was not consumed");
    }
}

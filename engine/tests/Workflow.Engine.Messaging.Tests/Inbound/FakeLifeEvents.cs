using Workflow.Casework.Application.Inbound;

namespace Workflow.Engine.Messaging.Tests.Inbound;

/// <summary>The ledger's side, faked: records each call and knows the households of <see cref="Households"/>.</summary>
public sealed class FakeLifeEvents : ILifeEvents
{
    public Dictionary<string, string> Households { get; } = [];

    public List<string> Calls { get; } = [];

    public Task<LifeEventResult> PersonDiedAsync(string idNumber, DateOnly died, string source, CancellationToken cancellationToken)
    {
        Calls.Add($"died:{idNumber}:{died:yyyy-MM-dd}:{source}");
        return Task.FromResult(new LifeEventResult(1, Households.GetValueOrDefault(idNumber)));
    }

    public Task<LifeEventResult> PersonMovedAsync(string idNumber, DateOnly moved, string toDivisionCode, string source, CancellationToken cancellationToken)
    {
        Calls.Add($"moved:{idNumber}:{toDivisionCode}");
        return Task.FromResult(new LifeEventResult(1, Households.GetValueOrDefault(idNumber)));
    }

    public Task RecordPersonAsync(PopulationRecord person, CancellationToken cancellationToken)
    {
        Calls.Add($"record:{person.IdNumber}:{person.DivisionCode}");
        return Task.CompletedTask;
    }
}

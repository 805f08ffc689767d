using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework.Application.Inbound;

namespace Workflow.Casework.Application.Benefits;

/// <summary>
/// The benefits ledger's services (issue 11): grants on approval, queries, life events (<see cref="ILifeEvents"/>) and the
/// 高龄津贴 rule, with <see cref="LedgerOptions"/> bound from <c>Workflow:Casework:Ledger</c>. The host adds the
/// <see cref="Workflow.Engine.Persistence.Casework.LedgerStore"/>, the bus consumer <see cref="LedgerGrantConsumer"/> and the daily worker.
/// </summary>
public static class LedgerServiceCollectionExtensions
{
    public static IServiceCollection AddBenefitsLedger(this IServiceCollection services)
    {
        services.AddOptions<LedgerOptions>().BindConfiguration(LedgerOptions.Section)
            .Validate(o => o.OldAgeRunHour is >= 0 and < 24, "Workflow:Casework:Ledger:OldAgeRunHour 必须在 0 到 23 之间。")
            .Validate(o => o.OldAgeRunCheckInterval > TimeSpan.Zero, "Workflow:Casework:Ledger:OldAgeRunCheckInterval 必须大于 0。")
            .Validate(o => o.CareTiersValid(), "Workflow:Casework:Ledger:TekunCareYuan 必须且只能包含 able、partly、unable 三档，金额不小于 0。")
            .ValidateOnStart();
        services.AddSingleton<LedgerGrants>();
        services.AddSingleton<LedgerService>();
        services.AddSingleton<OldAgeAllowanceRun>();
        services.AddSingleton<LifeEventsService>();
        services.AddSingleton<ILifeEvents>(sp => sp.GetRequiredService<LifeEventsService>());
        return services;
    }
}

using Microsoft.Extensions.Options;
using Workflow.Casework.Application;
using Workflow.Engine.Hosting;

namespace Workflow.Web.Casework;

/// <summary>Runs <see cref="FinancialCheckService.RetryLateAsync"/> every <c>CheckPollInterval</c>; safe on every host.</summary>
public sealed class FinancialCheckWorker(FinancialCheckService checks, IOptions<CaseworkOptions> options, TimeProvider time, ILogger<FinancialCheckWorker> logger)
    : PeriodicWorker(time)
{
    protected override TimeSpan Interval => options.Value.CheckPollInterval;

    protected override bool Enabled => true;

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => checks.RetryLateAsync(cancellationToken);

    protected override void OnRoundFailed(Exception exception) => CaseworkHostLog.CheckRoundFailed(logger, exception);

    protected override void OnDisabled()
    {
    }
}

using Microsoft.Extensions.Options;
using Workflow.Casework.Application.Benefits;
using Workflow.Engine.Hosting;
using Workflow.Engine.Ports;

namespace Workflow.Web.Casework;

/// <summary>
/// 高龄津贴 免申即享, daily: once the configured hour (China time) has come, runs <see cref="OldAgeAllowanceRun"/> for the
/// day. It looks every <see cref="LedgerOptions.OldAgeRunCheckInterval"/> (an hour) by the host's <see cref="TimeProvider"/>; a restart may run the day again, which changes
/// nothing, and every host may run it (each person is granted once).
/// </summary>
public sealed class OldAgeAllowanceWorker(OldAgeAllowanceRun run, IOptions<LedgerOptions> options, TimeProvider time, ILogger<OldAgeAllowanceWorker> logger)
    : PeriodicWorker(time)
{
    private DateOnly _lastRun;

    protected override TimeSpan Interval => options.Value.OldAgeRunCheckInterval;

    protected override bool Enabled => options.Value.OldAgeRunEnabled;

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => RunIfDueAsync(cancellationToken);

    /// <summary>One round: runs the rule when today's run hour has come and it has not run today on this host; the changes made.</summary>
    internal async Task<int> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow().ToOffset(ChinaTime.Offset);
        var today = DateOnly.FromDateTime(now.DateTime);
        if (today == _lastRun || now.Hour < options.Value.OldAgeRunHour)
        {
            return 0;
        }
        var changes = await run.RunAsync("system", cancellationToken).ConfigureAwait(false);
        _lastRun = today;
        CaseworkHostLog.OldAgeAllowanceRan(logger, today, changes);
        return changes;
    }

    protected override void OnRoundFailed(Exception exception) => CaseworkHostLog.OldAgeAllowanceFailed(logger, exception);

    protected override void OnDisabled()
    {
    }
}

using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application;

/// <summary>
/// 家庭经济状况核对: when an application with the applicant's consent asks for an item that needs it (低保, 特困), every
/// source is asked at once; answers arrive when they arrive, a source that stays silent past the timeout is asked
/// again, and after the last attempt it is marked for a caseworker to follow up. Every request, retry and answer is
/// in the casework audit.
/// </summary>
public sealed class FinancialCheckService(CaseworkStore store, IBus bus, TimeProvider time, IOptions<CaseworkOptions> options, ILogger<FinancialCheckService> logger)
{
    private static readonly string[] AnsweringPosts = [StandardPosts.Administrator, StandardPosts.Caseworker, StandardPosts.TownshipReview];

    public async Task StartAsync(ApplicationRecord application, StoredApplication body, string actorId, CancellationToken cancellationToken)
    {
        var needed = body.Form.ConsentToFinancialCheck
            && body.SubCases.Any(s => ServiceCatalogue.Builtin.Find(s.ItemCode)?.RequiresFinancialCheck == true);
        if (!needed || (await store.ListChecksAsync(application.Id, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return;
        }
        var now = time.GetUtcNow();
        var checks = FinancialCheckSources.All
            .Select(s => new CheckRecord($"{application.Id}-{s.Code}", application.Id, s.Code, "pending", 1, now, now + options.Value.CheckTimeout, null, null))
            .ToList();
        await store.AddChecksAsync(checks, Audit(actorId, "check.request", application.Id, $$"""{"sources":{{checks.Count}}}"""), cancellationToken)
            .ConfigureAwait(false);
        foreach (var check in checks)
        {
            await SendAsync(check, 1, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One round of the worker: ask again whoever is late, give up on whoever used every attempt.</summary>
    public async Task RetryLateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var check in await store.DueChecksAsync(now, 200, cancellationToken).ConfigureAwait(false))
        {
            var retried = await store.RetryOrGiveUpAsync(check, options.Value.CheckAttempts, now, now + options.Value.CheckTimeout,
                Audit("system", check.Attempts < options.Value.CheckAttempts ? "check.retry" : "check.timed-out", check.ApplicationId,
                    $$"""{"source":"{{check.Source}}","attempt":{{check.Attempts + 1}},"rule":"超过 {{options.Value.CheckTimeout.TotalHours:0.#}} 小时未返回，重新请求（最多 {{options.Value.CheckAttempts}} 次）"}"""),
                cancellationToken).ConfigureAwait(false);
            if (retried == true)
            {
                await SendAsync(check, check.Attempts + 1, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A source's answer, recorded by its adapter or a caseworker who received it.</summary>
    public async Task<CaseworkOutcome<CheckRecord>> AnswerAsync(Caller caller, string checkId, string? summary, Func<string, Task<bool>> visible,
        CancellationToken cancellationToken)
    {
        if (await store.GetCheckAsync(checkId, cancellationToken).ConfigureAwait(false) is not { } check || !await visible(check.ApplicationId).ConfigureAwait(false))
        {
            return Rejection.NotFound($"Expected to find check '{checkId}' in the caller's scope, but there is none.");
        }
        if (!caller.Actor.Posts.Any(AnsweringPosts.Contains))
        {
            return Rejection.Forbidden($"Expected '{caller.Id}' to record check results (社会救助经办, 民政办 or 系统管理员), but they may not.");
        }
        if (string.IsNullOrWhiteSpace(summary) || summary.Length > 2000)
        {
            return Rejection.Invalid("Expected the result's summary of 1 to 2000 characters, but got none or too long.", "summary");
        }
        var result = System.Text.Json.JsonSerializer.Serialize(new { summary = summary.Trim() });
        if (!await store.AnswerCheckAsync(checkId, result, time.GetUtcNow(), Audit(caller.Id, "check.answer", check.ApplicationId,
            $$"""{"source":"{{check.Source}}"}"""), cancellationToken).ConfigureAwait(false))
        {
            return Rejection.InvalidState($"Expected check '{checkId}' to be waiting for its answer, but it has one already.");
        }
        return (await store.GetCheckAsync(checkId, cancellationToken).ConfigureAwait(false))!;
    }

    private async Task SendAsync(CheckRecord check, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await bus.Publish(new FinancialCheckRequested(check.Id, check.ApplicationId, check.Source, attempt), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The row stays pending: the worker asks again when it is due, so a bus outage loses no request.
            CaseworkLog.CheckNotSent(logger, check.Id, e);
        }
    }

    private CaseworkAuditEntry Audit(string actor, string action, string applicationId, string detail) =>
        new(Guid.NewGuid().ToString("N"), time.GetUtcNow(), actor, action, "application", applicationId, detail);
}

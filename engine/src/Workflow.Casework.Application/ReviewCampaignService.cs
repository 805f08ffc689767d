using Workflow.Engine.Runtime;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Workflow.Casework;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Divisions;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Casework.Application;

/// <summary>
/// Scenario 8's batch: one <c>dibao-review</c> case per household. Starts run concurrently so the store can group
/// their commits; each carries a request key derived from campaign and household, so a retried batch repeats nothing.
/// </summary>
public sealed class ReviewCampaignService(WorkflowExecutor commands)
{
    public const int MaxHouseholds = 50_000;
    private const int Concurrency = 32;

    public async Task<CaseworkOutcome<ReviewBatchResult>> CreateAsync(Caller caller, ReviewBatchRequest request, CancellationToken cancellationToken)
    {
        if (!caller.IsAdministrator && !caller.Actor.Posts.Contains(StandardPosts.DistrictApproval))
        {
            return Rejection.Forbidden($"Expected '{caller.Id}' to be a district officer (区民政局) or administrator, but they are not.");
        }
        var campaign = request.Campaign?.Trim();
        if (string.IsNullOrEmpty(campaign) || campaign.Length > 40 || !campaign.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return Rejection.Invalid($"Expected a campaign name of 1 to 40 letters, digits or '-', but got '{request.Campaign}'.", "campaign");
        }
        var households = request.Households ?? [];
        if (households.Count is 0 or > MaxHouseholds)
        {
            return Rejection.Invalid($"Expected 1 to {MaxHouseholds} households, but got {households.Count}.", "households");
        }
        var errors = households.Select((h, i) => h is null ? new FieldError($"households[{i}]", $"第{i + 1}户为空") : Check(caller, h, i))
            .Where(e => e is not null).Select(e => e!).Take(20).ToList();
        if (errors.Count > 0)
        {
            return CaseworkOutcome<ReviewBatchResult>.Invalid(errors);
        }

        var clock = Stopwatch.StartNew();
        int created = 0, closed = 0, toTownship = 0, repeated = 0, refused = 0;
        await Parallel.ForEachAsync(households, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (household, ct) =>
            {
                // Ids carry the district, so two districts' campaigns with the same names never meet.
                var id = $"review-{DivisionCode.Parse(household.DivisionCode).Segment(AdministrativeLevel.District)}-{campaign}-{household.HouseholdId}";
                var input = new JsonObject
                {
                    [CaseInputKeys.DivisionCode] = household.DivisionCode,
                    [CaseInputKeys.ServiceItem] = "dibao-review",
                    ["householdId"] = household.HouseholdId,
                    ["campaign"] = campaign,
                    ["incomeRatio"] = household.IncomeRatio,
                };
                var result = await commands.ExecuteAsync(new StartInstance(id, "dibao-review", null, input) { RequestKey = id + ":start" }, ct).ConfigureAwait(false);
                if (result.Rejection is not null)
                {
                    Interlocked.Increment(ref refused);
                }
                else if (result.IsRepeat)
                {
                    Interlocked.Increment(ref repeated);
                }
                else
                {
                    Interlocked.Increment(ref created);
                    Interlocked.Increment(ref result.Instance!.SubStatus == WorkflowSubStatus.Finished ? ref closed : ref toTownship);
                }
            }).ConfigureAwait(false);
        return new ReviewBatchResult(campaign, created, closed, toTownship, repeated, refused, clock.Elapsed.TotalSeconds);
    }

    private static FieldError? Check(Caller caller, ReviewHousehold household, int index)
    {
        if (string.IsNullOrWhiteSpace(household.HouseholdId) || household.HouseholdId.Length > 60 || !household.HouseholdId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return new FieldError($"households[{index}].householdId", $"第{index + 1}户的户编号应为 1 到 60 位字母、数字或连字符");
        }
        if (!DivisionCode.IsValid(household.DivisionCode) || !caller.Sees(household.DivisionCode))
        {
            return new FieldError($"households[{index}].divisionCode", $"第{index + 1}户的区划代码应为本辖区内的 12 位代码");
        }
        return household.IncomeRatio is null or < 0 or > 100
            ? new FieldError($"households[{index}].incomeRatio", $"第{index + 1}户的收入比应在 0 到 100 之间")
            : null;
    }
}

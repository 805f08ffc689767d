namespace Workflow.Casework.Application.Views;

/// <summary>
/// 转移接续 of an entitlement when the 户籍 moves: the old jurisdiction pays up to <paramref name="LastMonthPaidHere"/>
/// (on the old application) and the new one from <paramref name="FirstMonthPaidThere"/>, the month right after, so no
/// month is lost. <paramref name="OtherApplicationId"/> links the two applications both ways.
/// </summary>
public sealed record EntitlementTransfer(string Direction, string OtherApplicationId, string OtherCaseNumber, string LastMonthPaidHere, string FirstMonthPaidThere);

namespace Workflow.Casework.Application.Dashboard;

/// <summary>
/// 按期办结率 of one group (a township code or an item): of <paramref name="Finished"/> cases, <paramref name="OnTime"/>
/// closed every step by its deadline. <see cref="Percent"/> is 0–100.
/// </summary>
public sealed record OnTimeRate(string Key, long Finished, long OnTime)
{
    public double Percent => Finished == 0 ? 0 : Math.Round(100.0 * OnTime / Finished, 1);
}

namespace Workflow.Casework;

/// <summary>Leave cover (代理): while <paramref name="UserId"/> is away from <paramref name="From"/> to <paramref name="To"/> (China dates, inclusive), <paramref name="DeputyId"/> covers.</summary>
public sealed record DeputyArrangement(string Id, string UserId, string DeputyId, DateOnly From, DateOnly To)
{
    public bool CoversOn(DateOnly day) => From <= day && day <= To;
}

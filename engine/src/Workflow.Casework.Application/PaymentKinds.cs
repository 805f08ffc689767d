namespace Workflow.Casework.Application;

/// <summary>The kinds of payment under a sub-case (<see cref="PaymentService"/>), with their Chinese names for the pages.</summary>
public static class PaymentKinds
{
    /// <summary>先行救助: paid before any decision, within the payer's post's authority.</summary>
    public const string Advance = "advance";

    /// <summary>分期发放: a staged payment once the sub-case is approved.</summary>
    public const string Stage = "stage";

    /// <summary>一事一议: the district pays above the household's yearly cap, with a reason.</summary>
    public const string Exception = "exception";

    /// <summary>The Chinese name of a kind; an unknown kind is just 救助金发放.</summary>
    public static string NameOf(string? kind) => kind switch
    {
        Advance => "先行救助",
        Stage => "分期发放",
        Exception => "一事一议发放",
        _ => "救助金发放",
    };
}

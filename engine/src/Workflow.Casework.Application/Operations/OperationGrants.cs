using Workflow.Casework;

namespace Workflow.Casework.Application.Operations;

/// <summary>
/// The host's part of who may do an approval operation, for acts the engine cannot judge because they are the
/// organisation's call: 人工指派 and 加签/减签 (a supervisor, the district or an administrator), 撤销 (the applicant's act,
/// taken at the window) and receiving a 公示 objection. The API, the pages and the offers (<see cref="OperationOffers"/>)
/// all ask here; the engine then checks the command itself.
/// </summary>
public static class OperationGrants
{
    /// <summary>
    /// 人工指派 and 加签/减签: when 回避 leaves a step with nobody eligible, a holder is away, or a multi-signer step needs
    /// another voice. Never a peer signer's call.
    /// </summary>
    public static IReadOnlyList<string> AssigningPosts { get; } = [StandardPosts.Supervisor, StandardPosts.DistrictApproval, StandardPosts.Administrator];

    /// <summary>
    /// A 公示 is posted in the village and the township: objections reach the window, the township office (民政办) or the
    /// village 协理员, who record them; administrators may too.
    /// </summary>
    public static IReadOnlyList<string> ObjectionPosts { get; } =
        [.. StandardPosts.WindowClerkPosts, StandardPosts.TownshipReview, StandardPosts.VillageAssistant, StandardPosts.Administrator];

    public static bool MayAssign(Caller caller) => Holds(caller, AssigningPosts);

    /// <summary>撤销 is the applicant's, taken at the window (or by an administrator), never by any officer who can see the case.</summary>
    public static bool MayWithdrawCase(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAdministrator || caller.IsAtWindow;
    }

    public static bool MayRecordObjection(Caller caller) => Holds(caller, ObjectionPosts);

    private static bool Holds(Caller caller, IReadOnlyList<string> posts)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Actor.Posts.Any(posts.Contains);
    }
}

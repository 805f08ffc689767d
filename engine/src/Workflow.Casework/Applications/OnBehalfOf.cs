namespace Workflow.Casework;

/// <summary>
/// 代为申请: <paramref name="Name"/>, holding <paramref name="Post"/> (a 村协理员, a 儿童主任, 未保 staff, or a 村委会
/// cadre), applies for the applicant. <paramref name="Consent"/> is one of <see cref="ProxyConsent"/>: the person or
/// their guardian agreed, recorded in <paramref name="ConsentNote"/>; or, only for a child in a child-protection case,
/// nobody could agree and <paramref name="NoConsentReason"/> says why staff applied anyway (民发〔2021〕57号 allows a
/// village committee or another person to apply; the 未成年人保护法 lets 民政 act for a child without a guardian).
/// </summary>
public sealed record OnBehalfOf(string Name, string Post, string Consent, string? ConsentNote, string? NoConsentReason)
{
    /// <summary>The staff posts that may submit an application they make on someone's behalf themselves, not only at a window.</summary>
    public static IReadOnlyList<string> StaffPosts { get; } =
        [StandardPosts.VillageAssistant, StandardPosts.ChildDirector, StandardPosts.ChildProtectionStation, StandardPosts.ChildProtectionCentre];
}

namespace Workflow.Engine.Persistence.Phrases;

/// <summary>
/// One 审批意见常用语: <paramref name="OwnerKind"/> is <see cref="PhraseOwners.User"/> (a person's own, <paramref name="OwnerId"/>
/// their user id) or <see cref="PhraseOwners.Office"/> (an office's, <paramref name="OwnerId"/> its division code).
/// </summary>
public sealed record Phrase(string Id, string OwnerKind, string OwnerId, string Text, string CreatedBy, DateTimeOffset CreatedAt);

namespace Workflow.Casework.Application.Phrases;

/// <summary>
/// A 审批意见常用语 as the pages and the API show it: <paramref name="Scope"/> is <c>user</c> or <c>office</c>;
/// <paramref name="ScopeName"/> says whose it is in Chinese (我的常用语, or the office's division name).
/// </summary>
public sealed record PhraseView(string Id, string Text, string Scope, string OwnerId, string ScopeName, DateTimeOffset CreatedAt);

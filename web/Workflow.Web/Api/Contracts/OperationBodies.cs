namespace Workflow.Web.Api.Contracts;

// The request bodies of the task operations. Each carries an optional request key, so a double click or a retry
// records the operation once.

/// <summary>Claim, release, withdraw: nothing but the request key.</summary>
public sealed record OperationRequest(string? RequestKey = null);

/// <summary>转办 / 委派 to another user, with the reason.</summary>
public sealed record HandOverRequest(string? ToUserId, string? Reason, string? RequestKey = null);

/// <summary>加签 / 减签.</summary>
public sealed record SignerRequest(string? UserId, string? Reason, string? RequestKey = null);

/// <summary>补正: the one-time notice listing everything missing, and the days after which the case closes without it.</summary>
public sealed record SupplementRequestBody(IReadOnlyList<string>? Missing, int? AutoCloseDays, string? RequestKey = null);

/// <summary>The material that arrived.</summary>
public sealed record SupplyBody(IReadOnlyList<string>? Supplied, string? RequestKey = null);

/// <summary>催办.</summary>
public sealed record MessageBody(string? Message, string? RequestKey = null);

/// <summary>抄送 to read-only recipients.</summary>
public sealed record CopyBody(IReadOnlyList<string>? UserIds, string? Note, string? RequestKey = null);

/// <summary>督办.</summary>
public sealed record ReasonBody(string? Reason, string? RequestKey = null);

/// <summary>民主评议: attendees, votes and minutes.</summary>
public sealed record DeliberationBody(IReadOnlyList<string>? Attendees, int VotesFor, int VotesAgainst, int Abstentions, string? Minutes, string? RequestKey = null);

/// <summary>撤销 (<c>withdrawn</c>, by the applicant through the window) or 终止 (<c>terminated</c>, by an officer).</summary>
public sealed record CancelBody(string? Kind, string? Reason, string? RequestKey = null);

/// <summary>An objection received during 公示, against the notice's bookmark.</summary>
public sealed record ObjectionBody(string? BookmarkId, string? Text, string? RequestKey = null);

/// <summary>暂停计时: the reason, one of 补正材料, 公示 or 核对.</summary>
public sealed record PauseBody(string? Reason, string? RequestKey = null);

/// <summary>延期: how many days (or hours, for a clock in hours) and why.</summary>
public sealed record ExtendBody(int Days, string? Reason, string? RequestKey = null);

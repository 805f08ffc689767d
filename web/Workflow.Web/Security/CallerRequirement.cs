using Microsoft.AspNetCore.Authorization;

namespace Workflow.Web.Security;

/// <summary>
/// The caller resolves to an active person (<see cref="Casework.CallerResolver"/>) who has no password change pending,
/// and holds 系统管理员 when <paramref name="Administrator"/> is set.
/// </summary>
public sealed record CallerRequirement(bool Administrator) : IAuthorizationRequirement;

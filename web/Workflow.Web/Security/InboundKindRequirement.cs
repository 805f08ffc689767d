using Microsoft.AspNetCore.Authorization;

namespace Workflow.Web.Security;

/// <summary>
/// The integration policy's check: the client holds the kind that the endpoint receives (<see cref="InboundKindMetadata"/>).
/// A 12345 system's key cannot post a death.
/// </summary>
public sealed class InboundKindRequirement : AuthorizationHandler<InboundKindRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, InboundKindRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Resource is HttpContext http
            && http.GetEndpoint()?.Metadata.GetMetadata<InboundKindMetadata>() is { } endpoint
            && context.User.HasClaim(IntegrationKeyHandler.KindClaim, endpoint.Kind))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Endpoint metadata: the message kind an HTTP twin receives.</summary>
public sealed record InboundKindMetadata(string Kind);

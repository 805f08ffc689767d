using System.Net;

namespace Workflow.Web.Security;

/// <summary>
/// A request from this machine itself that no proxy forwarded: what the testing identity and the metrics scrape
/// trust. Behind a reverse proxy configured in <c>Workflow:Proxy</c> the remote address is the client's, and a proxy
/// that is not configured still leaves its forwarding headers, so neither counts as local.
/// </summary>
public static class LocalRequest
{
    private static readonly string[] ForwardingHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Original-For", "X-Real-IP", "Via"];

    /// <param name="context">The request.</param>
    /// <param name="unknownIsLocal">Whether a request with no remote address (the in-process test server) counts.</param>
    public static bool Is(HttpContext context, bool unknownIsLocal)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        return (address is null ? unknownIsLocal : IPAddress.IsLoopback(address)) && !ForwardingHeaders.Any(context.Request.Headers.ContainsKey);
    }
}

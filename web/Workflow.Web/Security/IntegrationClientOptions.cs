namespace Workflow.Web.Security;

/// <summary>
/// The outside systems allowed to post to the HTTP twins (<c>/api/inbound/...</c>), by name:
/// <c>"Workflow": { "Inbound": { "Clients": { "cq-12345": { "KeySha256": "&lt;64 hex&gt;", "Kinds": ["hotline-ticket"] } } } }</c>.
/// Only the SHA-256 of each key is configured (<c>printf %s "$KEY" | sha256sum</c>); the key itself stays with the client
/// system, which sends it as <c>Authorization: Bearer &lt;key&gt;</c>. The name is recorded as the messages' sender.
/// </summary>
public sealed class IntegrationClientOptions
{
    public const string Section = "Workflow:Inbound";

    public Dictionary<string, IntegrationClient> Clients { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>One outside system: the hash of its key and the message kinds (<see cref="Workflow.Casework.InboundKinds"/>) it may send.</summary>
public sealed class IntegrationClient
{
    public string KeySha256 { get; set; } = "";

    public List<string> Kinds { get; init; } = [];
}

using System.Security.Cryptography;
using System.Text;

namespace Workflow.Web.Tests.Support;

/// <summary>
/// The casework host (demo organisation and routing rules) with two integration clients: the city's 12345 system, allowed
/// tickets, and 公安, allowed deaths. Only the keys' hashes are configured, as in production.
/// </summary>
public sealed class InboundWebFactory : WorkflowWebFactory
{
    public const string HotlineKey = "test-12345-key-0123456789";

    public const string PoliceKey = "test-gongan-key-9876543210";

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Workflow:DefinitionsPath"] = "",
        ["Workflow:DemoData"] = "false",
        ["Workflow:Casework:SeedDemoOrganisation"] = "true",
        ["Workflow:Inbound:Clients:cq-12345:KeySha256"] = Hash(HotlineKey),
        ["Workflow:Inbound:Clients:cq-12345:Kinds:0"] = "hotline-ticket",
        ["Workflow:Inbound:Clients:gongan:KeySha256"] = Hash(PoliceKey),
        ["Workflow:Inbound:Clients:gongan:Kinds:0"] = "person-died",
    };

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

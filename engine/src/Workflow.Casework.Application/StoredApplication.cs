using System.Text.Json;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;

namespace Workflow.Casework.Application;

/// <summary>
/// The body column of an application: the form as received (personal data included; masked on every way out), the
/// plan, the flags raised at intake and, for 不予受理, the reason.
/// </summary>
public sealed record StoredApplication(
    ApplicationRequest Form,
    string Channel,
    IReadOnlyList<StoredSubCase> SubCases,
    IReadOnlyList<string> Flags,
    string? RefusalReason,
    string AcceptedByName)
{
    /// <summary>When the entitlement moved with the applicant's 户籍 (转移接续): where from or to, and the months.</summary>
    public EntitlementTransfer? Transfer { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored body; flags stored as sentences (before they were codes) come back as their codes.</summary>
    public static StoredApplication FromJson(string json)
    {
        var stored = JsonSerializer.Deserialize<StoredApplication>(json, Json)!;
        return stored with { Flags = stored.Flags.Select(ApplicationFlags.Code).ToList() };
    }
}

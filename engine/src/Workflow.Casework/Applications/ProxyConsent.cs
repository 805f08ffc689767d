namespace Workflow.Casework;

/// <summary>Who agreed to an application made on someone's behalf (<see cref="OnBehalfOf.Consent"/>), with its Chinese name.</summary>
public static class ProxyConsent
{
    /// <summary>The applicant agreed (signed, or agreed on record before a witness).</summary>
    public const string Person = "person";

    /// <summary>The applicant's guardian (监护人) agreed.</summary>
    public const string Guardian = "guardian";

    /// <summary>Nobody could agree: a child in a child-protection case with no guardian able to act. A reason is required.</summary>
    public const string None = "none";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [Person] = "本人同意",
        [Guardian] = "监护人同意",
        [None] = "未经同意（儿童保护，由工作人员代为申请）",
    };

    public static IReadOnlyCollection<string> All => Names.Keys;

    /// <summary>The Chinese name of <paramref name="consent"/>, or the code as given.</summary>
    public static string NameOf(string? consent) => consent is not null && Names.TryGetValue(consent, out var name) ? name : consent ?? "";
}

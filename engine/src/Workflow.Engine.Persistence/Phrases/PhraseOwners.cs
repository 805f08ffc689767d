namespace Workflow.Engine.Persistence.Phrases;

/// <summary>The stored kinds of a phrase's owner.</summary>
public static class PhraseOwners
{
    public const string User = "user";

    public const string Office = "office";
}

namespace Workflow.Engine.Persistence.Casework;

/// <summary>A person the system knows (<c>cw_known_people</c>): from applications and population data, by key.</summary>
public sealed record KnownPersonRecord(string PersonKey, string HouseholdKey, DateOnly BirthDate, string DivisionCode, DateOnly KnownSince,
    DateOnly? Died);

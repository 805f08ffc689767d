namespace Workflow.Casework;

/// <summary>Which GB 11643-1999 rule an ID number breaks; <see cref="ChineseIdNumber.Describe"/> turns it into Chinese.</summary>
public enum IdNumberProblem
{
    Missing,
    WrongLength,
    BadCharacters,
    UnknownRegion,
    InvalidBirthDate,
    BirthDateInFuture,
    WrongCheckDigit,
}

namespace Workflow.Casework;

/// <summary>The JSON shape of an organisation; property names match the field paths in validation errors.</summary>
internal sealed class OrganisationDocument
{
    public List<DivisionDto>? Divisions { get; set; }

    public List<DepartmentDto>? Departments { get; set; }

    public List<PostDto>? Posts { get; set; }

    public List<UserDto>? Users { get; set; }

    internal sealed record DivisionDto(string? Code, string? Name, string? Level, string? ParentCode);

    internal sealed record DepartmentDto(string? Code, string? Name, string? Kind, string? DivisionCode);

    internal sealed record PostDto(string? Code, string? Name);

    internal sealed record AssignmentDto(string? PostCode, string? DivisionCode, string? DepartmentCode);

    internal sealed record UserDto(
        string? Id,
        string? Name,
        string? IdNumber,
        string? Phone,
        List<AssignmentDto?>? Posts,
        List<string?>? RelativeIdNumbers,
        bool? Active);
}

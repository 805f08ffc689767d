using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using static Workflow.Casework.OrganisationDocument;

namespace Workflow.Casework;

/// <summary>
/// The whole organisation as one JSON document: <c>{ "divisions": [...], "departments": [...], "posts": [...],
/// "users": [...] }</c>. Property names are camelCase and match validation field paths
/// (<c>users[2].posts[0].divisionCode</c>). Chinese is written unescaped so the file stays readable.
/// </summary>
public static class OrganisationJson
{
    /// <summary>The file name used in <see cref="ImportError.File"/>.</summary>
    public const string FileName = "organisation.json";

    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var document = new OrganisationDocument
        {
            Divisions = [.. organisation.Divisions.Select(d => new DivisionDto(d.Code, d.Name, d.Level, d.ParentCode))],
            Departments = [.. organisation.Departments.Select(d => new DepartmentDto(d.Code, d.Name, d.Kind, d.DivisionCode))],
            Posts = [.. organisation.Posts.Select(p => new PostDto(p.Code, p.Name))],
            Users = [.. organisation.Users.Select(u => new UserDto(
                u.Id, u.Name, u.IdNumber, u.Phone,
                [.. u.Posts.Select(a => new AssignmentDto(a.PostCode, a.DivisionCode, a.DepartmentCode))],
                [.. u.RelativeIdNumbers],
                u.Active))],
        };
        return JsonSerializer.Serialize(document, Options);
    }

    /// <summary>The organisation, or errors with line (for syntax errors), field path and a Chinese message. Never throws.</summary>
    public static ImportResult<Organisation> Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ImportResult<Organisation>.Failure([new(FileName, null, "", "文件为空")]);
        }
        OrganisationDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<OrganisationDocument>(json, Options);
        }
        catch (JsonException e)
        {
            return ImportResult<Organisation>.Failure([new(FileName, (int?)e.LineNumber + 1, e.Path ?? "", $"JSON 格式错误：{e.Message}")]);
        }
        if (document is null)
        {
            return ImportResult<Organisation>.Failure([new(FileName, null, "", "文件内容应为一个 JSON 对象")]);
        }
        var builder = new OrganisationBuilder().AddRange(
            (document.Divisions ?? []).Select(d => new Division(d?.Code!, d?.Name!, d?.Level!, d?.ParentCode)),
            (document.Departments ?? []).Select(d => new Department(d?.Code!, d?.Name!, d?.Kind!, d?.DivisionCode!)),
            (document.Posts ?? []).Select(p => new Post(p?.Code!, p?.Name!)),
            (document.Users ?? []).Select(u => new User(
                u?.Id!, u?.Name!, u?.IdNumber, u?.Phone,
                [.. (u?.Posts ?? []).Select(a => new PostAssignment(a?.PostCode!, a?.DivisionCode!, a?.DepartmentCode))],
                [.. (u?.RelativeIdNumbers ?? []).Select(r => r ?? "")],
                u?.Active ?? true)));
        return builder.TryBuild(out var organisation, out var errors)
            ? ImportResult<Organisation>.Success(organisation!)
            : ImportResult<Organisation>.Failure([.. errors.Select(e => new ImportError(FileName, null, e.Field, e.Message))]);
    }
}

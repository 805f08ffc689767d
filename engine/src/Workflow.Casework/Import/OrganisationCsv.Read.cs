namespace Workflow.Casework;

/// <summary>Reading: parse each file, build, then map builder errors back to file and line.</summary>
public static partial class OrganisationCsv
{
    /// <summary>The organisation, or errors naming file, line, column and the problem in Chinese. Never throws.</summary>
    public static ImportResult<Organisation> Read(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<ImportError>();
        var divisions = Rows(files, DivisionsFile, DivisionColumns, errors);
        var departments = Rows(files, DepartmentsFile, DepartmentColumns, errors);
        var posts = Rows(files, PostsFile, PostColumns, errors);
        var users = Rows(files, UsersFile, UserColumns, errors);
        var builder = new OrganisationBuilder();
        foreach (var r in divisions)
        {
            builder.AddDivision(new(r["code"], r["name"], r["level"], NullIfEmpty(r["parentCode"])));
        }
        foreach (var r in departments)
        {
            builder.AddDepartment(new(r["code"], r["name"], r["kind"], r["divisionCode"]));
        }
        foreach (var r in posts)
        {
            builder.AddPost(new(r["code"], r["name"]));
        }
        foreach (var r in users)
        {
            builder.AddUser(ToUser(r, errors));
        }
        if (errors.Count > 0)
        {
            return ImportResult<Organisation>.Failure(errors);
        }
        if (builder.TryBuild(out var organisation, out var invalid))
        {
            return ImportResult<Organisation>.Success(organisation!);
        }
        var lines = new Dictionary<string, List<CsvRecord>>
        {
            ["divisions"] = divisions,
            ["departments"] = departments,
            ["posts"] = posts,
            ["users"] = users,
        };
        return ImportResult<Organisation>.Failure([.. invalid.Select(e => Locate(e, lines))]);
    }

    private static ImportError Locate(FieldError error, Dictionary<string, List<CsvRecord>> lines)
    {
        var match = EntityPath().Match(error.Field);
        if (!match.Success)
        {
            return new ImportError(DivisionsFile, null, error.Field, error.Message);
        }
        var entity = match.Groups[1].Value;
        var index = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var record = lines[entity][index];
        return new ImportError(record.File, record.Line, match.Groups[3].Value, error.Message);
    }

    private static User ToUser(CsvRecord r, List<ImportError> errors)
    {
        var assignments = new List<PostAssignment>();
        foreach (var item in Split(r["posts"]))
        {
            var at = item.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0 || at == item.Length - 1)
            {
                errors.Add(new(r.File, r.Line, "posts", $"岗位 {item} 格式错误，应为 岗位@区划代码 或 岗位@区划代码/部门代码"));
                continue;
            }
            var place = item[(at + 1)..];
            var slash = place.IndexOf('/', StringComparison.Ordinal);
            assignments.Add(slash < 0
                ? new PostAssignment(item[..at], place)
                : new PostAssignment(item[..at], place[..slash], NullIfEmpty(place[(slash + 1)..])));
        }
        bool? active = r["active"].Trim().ToLowerInvariant() switch
        {
            "" or "true" or "1" or "是" or "yes" => true,
            "false" or "0" or "否" or "no" => false,
            _ => null,
        };
        if (active is null)
        {
            errors.Add(new(r.File, r.Line, "active", $"是否启用 {r["active"]} 无效，应为 true 或 false"));
        }
        return new User(r["id"], r["name"], NullIfEmpty(r["idNumber"]), NullIfEmpty(r["phone"]), assignments, [.. Split(r["relativeIdNumbers"])], active ?? true);
    }

    private static IEnumerable<string> Split(string value) =>
        value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static List<CsvRecord> Rows(IReadOnlyDictionary<string, string> files, string file, string[] columns, List<ImportError> errors)
    {
        if (!files.TryGetValue(file, out var text))
        {
            errors.Add(new(file, null, "", $"缺少文件 {file}"));
            return [];
        }
        var rows = Csv.Parse(text, out var parseError);
        if (parseError is { } pe)
        {
            errors.Add(new(file, pe.Line, "", pe.Message));
            return [];
        }
        if (rows.Count == 0)
        {
            errors.Add(new(file, 1, "", "缺少表头行"));
            return [];
        }
        var header = rows[0].Fields.Select(h => h.Trim()).ToList();
        var missing = columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new(file, rows[0].Line, string.Join(',', missing), $"表头缺少列：{string.Join("、", missing)}"));
            return [];
        }
        var index = columns.ToDictionary(c => c, c => header.FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase)));
        var records = new List<CsvRecord>();
        foreach (var row in rows.Skip(1))
        {
            if (row.Fields.Count > header.Count)
            {
                errors.Add(new(file, row.Line, "", $"列数 {row.Fields.Count} 多于表头的 {header.Count} 列"));
                continue;
            }
            records.Add(new CsvRecord(file, row.Line, columns.ToDictionary(c => c, c => index[c] < row.Fields.Count ? row.Fields[index[c]].Trim() : "")));
        }
        return records;
    }
}

using System.Text.Json;
using Workflow.Casework;
using Workflow.Engine.Divisions;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// Reads a message body of a kind (<see cref="InboundKinds"/>) the same way for the bus and the HTTP twins: JSON in the
/// web's camelCase, every field checked, problems named in Chinese. Never throws on bad input.
/// </summary>
public static class InboundReader
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>The contract type of each kind.</summary>
    public static Type ContractOf(string kind) => kind switch
    {
        InboundKinds.HotlineTicket => typeof(HotlineTicketReceived),
        InboundKinds.MonitoringAlert => typeof(MonitoringAlertRaised),
        InboundKinds.PersonDied => typeof(PersonDied),
        InboundKinds.PersonMoved => typeof(PersonMoved),
        InboundKinds.PopulationRecord => typeof(PopulationRecordChanged),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected a known inbound kind."),
    };

    public static InboundReading Read(string kind, string? json, DateOnly today)
    {
        if (!InboundKinds.All.Contains(kind))
        {
            return InboundReading.Fails($"未知的来件类型 {kind}");
        }
        object? message;
        try
        {
            message = JsonSerializer.Deserialize(json ?? "", ContractOf(kind), Json);
        }
        catch (JsonException e)
        {
            return InboundReading.Fails($"消息无法读取（JSON 格式错误，第 {(e.LineNumber ?? 0) + 1} 行 {e.Path}）");
        }
        catch (NotSupportedException)
        {
            return InboundReading.Fails("消息无法读取（内容不是所需的 JSON 对象）");
        }
        var problems = new List<string>();
        var reading = message switch
        {
            HotlineTicketReceived m => Check(m, problems, today),
            MonitoringAlertRaised m => Check(m, problems, today),
            PersonDied m => Check(m, problems, today),
            PersonMoved m => Check(m, problems, today),
            PopulationRecordChanged m => Check(m, problems, today),
            _ => InboundReading.Fails("消息为空"),
        };
        if (reading.Message is not null && string.IsNullOrWhiteSpace(reading.SenderMessageId))
        {
            problems.Insert(0, "缺少发送方消息编号 senderMessageId");
        }
        return problems.Count == 0 || reading.Message is null ? reading : reading with { Problem = string.Join("；", problems.Distinct()) };
    }

    private static InboundReading Check(PersonDied m, List<string> problems, DateOnly today)
    {
        Required(m.Source, "来源部门", problems);
        Date(m.DiedOn, "死亡日期", problems);
        return new(m, m.SenderMessageId, null, IdNumber(m.IdNumber, "身份证号", problems, today), null);
    }

    private static InboundReading Check(PersonMoved m, List<string> problems, DateOnly today)
    {
        Date(m.MovedOn, "迁移日期", problems);
        return new(m, m.SenderMessageId, Division(m.ToDivisionCode, "迁入地区划代码", problems), IdNumber(m.IdNumber, "身份证号", problems, today), null);
    }

    private static InboundReading Check(HotlineTicketReceived m, List<string> problems, DateOnly today)
    {
        Required(m.TicketNumber, "工单编号", problems);
        Required(m.Summary, "工单内容", problems);
        Required(m.Category, "工单类别", problems);
        if (m.ReceivedAt == default)
        {
            problems.Add("缺少受理时间");
        }
        if (m.Child is not { } child)
        {
            problems.Add("缺少被反映儿童信息");
            return new(m, m.SenderMessageId, null, null, null);
        }
        Required(child.Name, "儿童姓名", problems);
        var id = string.IsNullOrWhiteSpace(child.IdNumber) ? null : IdNumber(child.IdNumber, "儿童身份证号", problems, today);
        return new(m, m.SenderMessageId, Division(child.DivisionCode, "儿童所在区划代码", problems), id, null);
    }

    private static InboundReading Check(MonitoringAlertRaised m, List<string> problems, DateOnly today)
    {
        Required(m.Name, "姓名", problems);
        Required(m.SourcePlatform, "预警平台", problems);
        if (m.Indicators is null || m.Indicators.Count == 0 || m.Indicators.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("缺少预警指标");
        }
        return new(m, m.SenderMessageId, Division(m.HouseholdDivisionCode, "户籍所在区划代码", problems), IdNumber(m.IdNumber, "身份证号", problems, today), null);
    }

    private static InboundReading Check(PopulationRecordChanged m, List<string> problems, DateOnly today)
    {
        Required(m.Name, "姓名", problems);
        var id = IdNumber(m.IdNumber, "身份证号", problems, today);
        IdNumber(m.HouseholdIdNumber, "户主身份证号", problems, today);
        if (id is not null && ChineseIdNumber.BirthDate(id) != m.BirthDate)
        {
            problems.Add("出生日期与身份证号不符");
        }
        return new(m, m.SenderMessageId, Division(m.DivisionCode, "区划代码", problems), id, null);
    }

    private static void Required(string? value, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"缺少{name}");
        }
    }

    private static void Date(DateOnly value, string name, List<string> problems)
    {
        if (value == default)
        {
            problems.Add($"缺少{name}");
        }
    }

    private static string? Division(string? value, string name, List<string> problems)
    {
        if (DivisionCode.IsValid(value))
        {
            return value;
        }
        problems.Add(string.IsNullOrWhiteSpace(value) ? $"缺少{name}" : $"{name} {value} 应为12位数字");
        return null;
    }

    private static string? IdNumber(string? value, string name, List<string> problems, DateOnly today)
    {
        if (ChineseIdNumber.Check(value, today) is not { } problem)
        {
            return ChineseIdNumber.Normalize(value!);
        }
        problems.Add(ChineseIdNumber.Describe(problem, name));
        return null;
    }
}

namespace Workflow.Casework;

/// <summary>
/// The kinds of message outside systems send (issue 11): each is a routing key of <see cref="InboundRoute"/>, a bus
/// queue and an HTTP twin. The names are agreed with the other systems and never change.
/// </summary>
public static class InboundKinds
{
    /// <summary>A 12345 work order (<c>HotlineTicketReceived</c>).</summary>
    public const string HotlineTicket = "hotline-ticket";

    /// <summary>An alert of 低收入人口动态监测 (<c>MonitoringAlertRaised</c>).</summary>
    public const string MonitoringAlert = "monitoring-alert";

    /// <summary>A death reported by 公安 or 卫健 (<c>PersonDied</c>).</summary>
    public const string PersonDied = "person-died";

    /// <summary>A move of household registration (<c>PersonMoved</c>).</summary>
    public const string PersonMoved = "person-moved";

    /// <summary>A person's record in population data (<c>PopulationRecordChanged</c>).</summary>
    public const string PopulationRecord = "population-record";

    public static IReadOnlyList<string> All { get; } = [HotlineTicket, MonitoringAlert, PersonDied, PersonMoved, PopulationRecord];

    /// <summary>The name an administrator reads.</summary>
    public static string DisplayName(string kind) => kind switch
    {
        HotlineTicket => "12345 工单",
        MonitoringAlert => "监测预警",
        PersonDied => "死亡信息",
        PersonMoved => "户籍迁移",
        PopulationRecord => "人口信息",
        _ => kind,
    };
}

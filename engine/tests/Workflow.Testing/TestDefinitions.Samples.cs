namespace Workflow.Testing;

public static partial class TestDefinitions
{
    /// <summary>
    /// The 低保 path in miniature: a township review (<c>Gov.ApprovalTask</c>), a referral to the district education
    /// bureau (<c>Gov.Referral</c>, which writes an outbox message), a 7-day public notice (<c>Gov.PublicNotice</c>, a
    /// durable timer) and a district confirmation.
    /// </summary>
    public static string Dibao => Flowchart(
        $"""
        {Activity("s", "Elsa.Start")},
        {Activity("review", "Gov.ApprovalTask", Literal("title", "乡镇审核") + "," + Object("candidate", """{"post":"民政办","level":"township"}""")
            + "," + Literal("timeLimit", 10))},
        {Activity("edu", "Gov.Referral", Literal("title", "教育救助核对") + "," + Object("department", """{"code":"district-education","name":"区教育局","level":"district"}""")
            + "," + Literal("timeLimit", 5))},
        {Activity("notice", "Gov.PublicNotice", Literal("days", 7))},
        {Activity("confirm", "Gov.ApprovalTask", Literal("title", "区县确认") + "," + Object("candidate", """{"post":"区民政局","level":"district"}"""))},
        {Activity("ok", "Elsa.WriteLine", Literal("text", "批准"))},
        {Activity("no", "Elsa.WriteLine", Literal("text", "不予批准"))}
        """,
        $"""
        {Connect("s", "review")}, {Connect("review", "edu", "approve")}, {Connect("review", "no", "reject")},
        {Connect("edu", "notice", "approve")}, {Connect("edu", "no", "reject")}, {Connect("notice", "confirm")},
        {Connect("confirm", "ok", "approve")}, {Connect("confirm", "no", "reject")}
        """,
        id: "dibao-mini");

    /// <summary>A bare 7-day public notice: one timer per instance, nothing else.</summary>
    public static string Notice => Flowchart(
        $"""{Activity("notice", "Gov.PublicNotice", Literal("days", 7))}, {Activity("done", "Elsa.WriteLine", Literal("text", "公示结束"))}""",
        Connect("notice", "done"),
        id: "notice-only");

    /// <summary>A public notice of <paramref name="days"/> days that ends on <c>passed</c>, or on <c>objected</c> when someone objects.</summary>
    public static string PublicNotice(int days) => Flowchart(
        $"""
        {Activity("notice", "Gov.PublicNotice", Literal("days", days))},
        {Activity("passed", "Elsa.WriteLine", Literal("text", "公示无异议"))},
        {Activity("objected", "Elsa.WriteLine", Literal("text", "收到异议"))}
        """,
        $"{Connect("notice", "passed")}, {Connect("notice", "objected", "objection")}",
        id: "notice");

    /// <summary>One referral to <paramref name="departmentCode"/> (an outbox message to the department), then done.</summary>
    public static string Referral(string departmentCode = TestDepartments.Education) => Flowchart(
        $$"""
        {{Activity("edu", "Gov.Referral", Literal("title", "转办教育局") + ","
            + Object("department", $$"""{"code":"{{departmentCode}}","name":"区教育局","level":"district"}""") + "," + Literal("timeLimit", 5))}},
        {{Activity("done", "Elsa.WriteLine", Literal("text", "教育局已回复"))}}
        """,
        Connect("edu", "done", "approve"),
        id: "referral");

    /// <summary>One township review task, then done.</summary>
    public static string ApprovalTask() => Flowchart(
        $"""
        {Activity("task", "Gov.ApprovalTask", Literal("title", "乡镇审核") + "," + Object("candidate", """{"post":"民政办","level":"township"}"""))},
        {Activity("ok", "Elsa.WriteLine", Literal("text", "批准"))}
        """,
        Connect("task", "ok", "approve"),
        id: "approval");

    /// <summary>An <c>Elsa.Delay</c> of <paramref name="span"/> (a TimeSpan literal such as <c>00:05:00</c>), then done.</summary>
    public static string Delay(string span) => Flowchart(
        $"""
        {Activity("wait", "Elsa.Delay", Literal("timeSpan", span, "TimeSpan"))},
        {Activity("after", "Elsa.WriteLine", Literal("text", "等待结束"))}
        """,
        Connect("wait", "after"),
        id: "delay");
}

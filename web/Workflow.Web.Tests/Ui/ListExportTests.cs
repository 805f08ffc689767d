using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Tests.Casework;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Ui;

/// <summary>
/// Excel exports of 案件查询, 受理记录 and the 督办 report: an .xlsx with Chinese headers that MiniExcel reads back,
/// names and ID numbers masked, only the caller's scope, and each export in the casework audit.
/// </summary>
public sealed class ListExportTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task ExportCases_CurrentFilter_IsAMaskedWorkbook_AndAudited()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        await AcceptAsync(clerk, "导出测试", 401);
        var officer = await SignInAsync(factory, "zhangwei");
        var before = await AuditAsync("export.cases");

        var response = await officer.Client.GetAsync("/api/exports/cases?applicant=" + Uri.EscapeDataString("导出测试"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var rows = await RowsAsync(response, "案件查询");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("导**试", r["申请人"]));
        Assert.Contains(rows, r => ((string)r["事项"]!).StartsWith("最低生活保障", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal("桂花村", r["行政区划"]));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var notes = new MemoryStream(bytes).Query(useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(notes, n => (string)n["项目"]! == "个人信息" && ((string)n["内容"]!).Contains("已脱敏", StringComparison.Ordinal));
        var audit = (await AuditAsync("export.cases")).ExceptBy(before.Select(b => b.Id), a => a.Id).Single();
        Assert.Equal("zhangwei", audit.ActorId);
        Assert.Contains("导**试", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("导出测试", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportApplications_MasksIdNumbers_AndStaysInScope()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        await AcceptAsync(clerk, "导出受理", 402);
        var police = await SignInAsync(factory, "wangjun");

        var mine = await RowsAsync(await clerk.Client.GetAsync("/api/exports/applications?applicant=" + Uri.EscapeDataString("导出受理")), "受理记录");
        var outside = await RowsAsync(await police.Client.GetAsync("/api/exports/applications?applicant=" + Uri.EscapeDataString("导出受理")), "受理记录");

        var row = Assert.Single(mine);
        Assert.Equal("导**理", row["申请人"]);
        Assert.DoesNotContain(IdNumber("19700101", 402), (string)row["身份证号"]!, StringComparison.Ordinal);
        Assert.Contains("****", (string)row["身份证号"]!, StringComparison.Ordinal);
        Assert.Empty(outside);
        Assert.NotEmpty(await AuditAsync("export.applications"));
    }

    [Fact]
    public async Task ExportCases_DivisionAndDueDates_DescribesEveryFilterByName()
    {
        var officer = await SignInAsync(factory, "zhangwei");

        var response = await officer.Client.GetAsync(
            "/api/exports/cases?division=500113102001&from=2026-01-01&to=2026-12-31&dueFrom=2026-02-01&dueTo=2027-01-31");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notes = new MemoryStream(bytes).Query(useHeaderRow: true, sheetName: "说明").Cast<IDictionary<string, object?>>().ToList();
        var filter = (string)notes.Single(n => (string)n["项目"]! == "筛选条件")["内容"]!;
        Assert.Equal("行政区划 桂花村；创建日期自 2026-01-01；创建日期至 2026-12-31；办理期限自 2026-02-01；办理期限至 2027-01-31", filter);
        Assert.DoesNotContain("500113102001", filter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportApplications_DivisionOrDueDates_IsRefusedInChinese()
    {
        var division = await _api.SendAsync(HttpMethod.Get, "wangfang", "/api/exports/applications?division=500113102001");
        var due = await _api.SendAsync(HttpMethod.Get, "wangfang", "/api/exports/applications?dueTo=2026-12-31");
        var list = await _api.SendAsync(HttpMethod.Get, "wangfang", "/api/applications?division=500113102001");

        Assert.Equal(HttpStatusCode.BadRequest, division.Status);
        Assert.Contains("受理记录不按行政区划筛选", division.Body!["detail"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, due.Status);
        Assert.Contains("受理记录不按办理期限筛选", due.Body!["detail"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, list.Status);
    }

    [Fact]
    public async Task ExportSupervision_ForTheSupervisor_IsAudited_AndAnonymousIsRefused()
    {
        var supervisor = await SignInAsync(factory, "dudao");

        var response = await supervisor.Client.GetAsync("/api/exports/supervision?within=60");
        var anonymous = await factory.CreateClient().GetAsync("/api/exports/supervision");
        var bad = await _api.SendAsync(HttpMethod.Get, "dudao", "/api/exports/supervision?within=99");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var headers = new MemoryStream(bytes).GetColumns(useHeaderRow: true, sheetName: "督办")!.ToList();
        Assert.Equal(["任务", "事项", "行政区划", "办理岗位/部门", "期限", "状态", "剩余时间"], headers);
        Assert.Contains(await AuditAsync("export.supervision"), a => a.ActorId == "dudao");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
    }

    private static async Task<List<IDictionary<string, object?>>> RowsAsync(HttpResponseMessage response, string sheet)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
    }

    private Task<IReadOnlyList<CaseworkAuditEntry>> AuditAsync(string action) =>
        factory.Services.GetRequiredService<CaseworkStore>().ListAuditAsync("export", action);
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Casework;

namespace Workflow.Web.Tests.Evidence;

/// <summary>
/// A 低保 application with a household, one data-check answer, a visit photo and a PDF, taken past the window and the
/// 入户调查, so its 乡镇审核 task is open for 张伟: what the evidence tests read.
/// </summary>
public sealed record EvidenceCase(string ApplicationId, string InstanceId, string TaskId, string PhotoUrl, string PdfUrl)
{
    public static readonly string SpouseId = CaseworkClient.Id("50011319660202001");
    public const string VisitPhone = "13900001111";

    /// <summary>The smallest PNG (1×1), well under the test host's 1 KB attachment limit.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static async Task<EvidenceCase> CreateAsync(CaseworkClient api, string applicantId)
    {
        var application = await api.OkAsync(HttpMethod.Post, "wangfang", "/api/applications", new
        {
            windowDivisionCode = CaseworkClient.Jieshi,
            applicant = new
            {
                name = "邓秀梅",
                idNumber = applicantId,
                phone = "13812345678",
                bankAccount = "6222020200112233445",
                hukouDivisionCode = CaseworkClient.Guihua,
                residenceDivisionCode = CaseworkClient.Guihua,
                hasResidencePermit = false,
            },
            household = new[] { new { name = "李国强", relation = "配偶", idNumber = SpouseId } },
            items = new[] { "dibao" },
            assessment = new { },
            consentToFinancialCheck = true,
        }, HttpStatusCode.Created);
        var id = (string)application["applicationId"]!;
        var instanceId = (string)application["subCases"]![0]!["instanceId"]!;
        var checks = (await api.OkAsync(HttpMethod.Get, "wangfang", $"/api/applications/{id}"))["checks"]!.AsArray();
        var hrss = (string)checks.Single(c => (string?)c!["source"] == "hrss")!["checkId"]!;
        await api.OkAsync(HttpMethod.Post, "wangfang", $"/api/checks/{hrss}/result", new { summary = $"配偶李国强灵活就业，月收入约 1200 元（身份证 {SpouseId}）" });
        var pdf = await UploadAsync(api, "wangfang", id, "%PDF-1.4 低保申请书"u8.ToArray(), "申请书.pdf", null);
        await DecideAsync(api, "wangfang", instanceId, "受理低保申请", "材料齐全，予以受理。");
        // The photo is the visiting 协理员's, taken while her 入户调查 is open.
        var photo = await UploadAsync(api, "lina", id, Png, "入户照片.png", "visit-photo");
        await DecideAsync(api, "lina", instanceId, "入户调查（家庭经济状况）", $"家中两人，配偶灵活就业，联系电话 {VisitPhone}。");
        var review = OpenTask(await api.OkAsync(HttpMethod.Get, "zhangwei", $"/api/instances/{instanceId}"), "乡镇审核（初审意见）");
        return new EvidenceCase(id, instanceId, review, $"/api/applications/{id}/attachments/{photo}", $"/api/applications/{id}/attachments/{pdf}");
    }

    public string TaskPage => $"/tasks/{InstanceId}/{TaskId}";

    public static async Task<string> UploadAsync(CaseworkClient api, string user, string applicationId, byte[] content, string name, string? kind)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var (status, body, _) = await api.SendAsync(HttpMethod.Post, user,
            $"/api/applications/{applicationId}/attachments" + (kind is null ? "" : "?kind=" + kind), new MultipartFormDataContent { { file, "file", name } });
        Assert.True(status == HttpStatusCode.Created, body?.ToJsonString());
        return (string)body!["id"]!;
    }

    private static async Task DecideAsync(CaseworkClient api, string user, string instanceId, string title, string comment)
    {
        var task = OpenTask(await api.OkAsync(HttpMethod.Get, user, $"/api/instances/{instanceId}"), title);
        await api.OkAsync(HttpMethod.Post, user, $"/api/tasks/{instanceId}/{task}/decision", new { outcome = "approve", comment });
    }

    private static string OpenTask(JsonNode instance, string title) =>
        (string)instance["tasks"]!.AsArray().Single(t => (string?)t!["title"] == title && (string?)t["status"] == "Open")!["taskId"]!;
}

using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework;
using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Benefits;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Ui;

/// <summary>The case page shows the benefits-ledger entries the case created (issue 11), with their Chinese labels.</summary>
public sealed class CaseLedgerPageTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _api = factory.CreateClient();

    [Fact]
    public async Task CasePage_WithALedgerEntry_ShowsItsItemStandardMonthsAndRule()
    {
        var instance = (string)(await _api.StartCaseAsync("孙桂兰"))["instanceId"]!;
        var person = PersonKey.Of("500113194603100117");
        var grant = BenefitsLedger.Grant(new GrantRequest(LedgerGrants.EntitlementId(instance), "tekun", Beneficiary.Person(person, person),
            TestDivisions.Village, instance, new DateOnly(2026, 3, 20), 180_600), "system", DateTimeOffset.UtcNow);
        await factory.Services.GetRequiredService<LedgerStore>().ApplyAsync(LedgerWrites.Of([grant], "approval"));
        var session = await PageSession.SignInAsync(factory, TestActor.TownshipReviewer);

        var html = await session.HtmlAsync($"/cases/{instance}");

        Assert.Contains("待遇台账", html, StringComparison.Ordinal);
        foreach (var text in new[] { "项目名称", "月标准", "起始月", "停发月", "规则", "特困人员救助供养", "1806.00 元", "2026-04", "自批准的次月起发放",
            "待遇发放：特困人员救助供养，月标准 1806 元，自 2026-04 起" })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
    }
}

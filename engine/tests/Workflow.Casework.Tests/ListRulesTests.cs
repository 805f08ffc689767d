using Workflow.Casework.Application.Dashboard;
using Workflow.Casework.Application.Lists;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Casework.Tests;

/// <summary>The rules the searched lists and their exports share: Chinese status names, the export's name mask, the date range and paging.</summary>
public sealed class ListRulesTests
{
    [Fact]
    public void StatusNames_EveryState_HasAChineseName()
    {
        foreach (var status in Enum.GetValues<WorkflowSubStatus>())
        {
            var name = StatusNames.Of(status);

            Assert.DoesNotContain(name, c => c is >= 'A' and <= 'z');
            Assert.NotEqual("未知状态", name);
        }
        Assert.All(CaseStatusFilters.All, f => Assert.DoesNotContain(f.Name, c => c is >= 'A' and <= 'z'));
    }

    [Fact]
    public void StatusNames_EveryState_InExactlyOneGroup()
    {
        foreach (var status in Enum.GetValues<WorkflowSubStatus>())
        {
            Assert.Single(StatusNames.Groups, g => g.Statuses.Contains(status));
        }
    }

    [Fact]
    public void StatusNames_ExecutingAndSuspended_AreBoth办理中LikeTheFilter()
    {
        Assert.Equal("办理中", StatusNames.Of(WorkflowSubStatus.Executing));
        Assert.Equal("办理中", StatusNames.Of(WorkflowSubStatus.Suspended));
        Assert.Equal("办理中", CaseStatusFilters.Find("open")!.Name);
        Assert.All(Enum.GetValues<WorkflowSubStatus>(),
            s => Assert.Equal(StatusNames.Of(s), Assert.Single(CaseStatusFilters.All, f => f.Statuses.Contains(s)).Name));
    }

    [Fact]
    public void DashboardByStatus_ExecutingAndSuspended_AreOne办理中Row()
    {
        var rows = DashboardService.ByStatus([new("Executing", 0, 3), new("Suspended", 0, 2), new("Finished", 0, 4), new("Odd", 0, 1)]);

        Assert.Equal([("open", "办理中", 5L), ("finished", "已办结", 4L), ("Odd", "未知状态", 1L)], rows.Select(r => (r.Status, r.Name, r.Cases)));
    }

    [Theory]
    [InlineData("张秀英", "张*英")]
    [InlineData("李明", "李*")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("王", "*")]
    public void NameInExport_KeepsTheFirstAndLastCharacter(string name, string masked) =>
        Assert.Equal(masked, PersonalDataMask.NameInExport(name));

    [Fact]
    public void CaseListQuery_DatesAreBeijingDays_BothEndsIncluded()
    {
        var search = new CaseListQuery(From: "2026-03-02", To: "2026-03-02", Status: "open").ToSearch().Value!;

        Assert.Equal(DateTimeOffset.Parse("2026-03-01T16:00:00Z", System.Globalization.CultureInfo.InvariantCulture), search.CreatedFrom);
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T16:00:00Z", System.Globalization.CultureInfo.InvariantCulture), search.CreatedBefore);
        Assert.Equal(["Executing", "Suspended"], search.Statuses);
    }

    [Fact]
    public void CaseListQuery_ToBeforeFrom_IsAChineseFieldError()
    {
        var outcome = new CaseListQuery(From: "2026-03-05", To: "2026-03-01").ToSearch();

        Assert.Null(outcome.Value);
        Assert.Equal("截止日期不能早于起始日期。", Assert.Single(outcome.Errors!).Message);
    }

    [Fact]
    public void CaseListQuery_DivisionAndDueRange_AreCheckedAndPassedOn()
    {
        var search = new CaseListQuery(Division: "500113102000", DueFrom: "2026-03-02", DueTo: "2026-03-02").ToSearch().Value!;
        var bad = new CaseListQuery(Division: "5001", DueFrom: "2026-03-05", DueTo: "2026-03-01").ToSearch();

        Assert.Equal("500113102000", search.DivisionCode);
        Assert.Equal(DateTimeOffset.Parse("2026-03-01T16:00:00Z", System.Globalization.CultureInfo.InvariantCulture), search.DueFrom);
        Assert.Equal(DateTimeOffset.Parse("2026-03-02T16:00:00Z", System.Globalization.CultureInfo.InvariantCulture), search.DueBefore);
        Assert.Equal(["dueTo", "division"], bad.Errors!.Select(e => e.Field));
        Assert.Contains(bad.Errors!, e => e.Message == "办理期限至不能早于办理期限自。");
    }

    [Fact]
    public void ApplicationListQuery_DivisionOrDueDate_IsAChineseFieldErrorNotDropped()
    {
        var division = new ApplicationListQuery(Division: "500113102001").ToSearch();
        var due = new ApplicationListQuery(DueTo: "2026-03-02").ToSearch();
        var blank = new ApplicationListQuery(Division: " ", DueFrom: "").ToSearch();

        Assert.Equal("division", Assert.Single(division.Errors!).Field);
        Assert.StartsWith("受理记录不按行政区划筛选", division.Errors![0].Message, StringComparison.Ordinal);
        Assert.Equal("dueTo", Assert.Single(due.Errors!).Field);
        Assert.StartsWith("受理记录不按办理期限筛选", due.Errors![0].Message, StringComparison.Ordinal);
        Assert.NotNull(blank.Value);
    }

    [Fact]
    public void ListPaging_OutOfRange_IsCorrectedNotRefused()
    {
        Assert.Equal(new ListPaging(1, ListPaging.DefaultSize), ListPaging.Of(-3, null));
        Assert.Equal(ListPaging.MaxSize, ListPaging.Of(2, 5000).PageSize);
        Assert.Equal(3, new ListPaging(1, 10).PagesOf(21));
        Assert.Equal(1, new ListPaging(1, 10).PagesOf(0));
        Assert.Equal(ListPaging.MaxPage, ListPaging.Of(int.MaxValue, ListPaging.MaxSize).Page);
        Assert.True(ListPaging.Of(int.MaxValue, ListPaging.MaxSize).Offset > 0);
    }

    [Fact]
    public async Task ListExportCollect_ManyMatches_IsOneReadCappedAtMaxRows()
    {
        var reads = new List<(int Offset, int Limit)>();

        var export = await ListExport.CollectAsync(
            (offset, limit) =>
            {
                reads.Add((offset, limit));
                return Task.FromResult(new Workflow.Engine.Ports.ListPage<int>(Enumerable.Range(0, limit).ToList(), 25_000));
            },
            rows => Task.FromResult<IReadOnlyList<int>>(rows));

        Assert.Equal([(0, ListExport.MaxRows)], reads);
        Assert.Equal(ListExport.MaxRows, export.Rows.Count);
        Assert.True(export.Capped);
    }
}

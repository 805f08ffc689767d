using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Messages;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Web.Hosting.Demo;

namespace Workflow.Web.Tests.Casework;

/// <summary>
/// Who a task's notice is for follows the engine's rule (TaskAuthority): the named people, the office the task is open
/// to (a post in its division, a department in its area), and nobody for a task every candidate stepped aside from (回避).
/// </summary>
public sealed class MessageRecipientsTests
{
    private static MessageRecipients Recipients()
    {
        var directory = new CaseworkDirectory();
        directory.Use(DemoOrganisation.Build(), 1);
        return new MessageRecipients(directory);
    }

    [Fact]
    public void Of_FallbackTaskOpenToNobody_TellsNobody() =>
        Assert.Empty(Recipients().Of([], NoticeOpenTo.None, StandardPosts.TownshipReview, DemoOrganisation.Jieshi, null));

    [Fact]
    public void Of_TaskOpenToThePost_TellsItsHoldersInTheDivision()
    {
        var to = Recipients().Of([], NoticeOpenTo.Post, StandardPosts.TownshipReview, DemoOrganisation.Jieshi, null);

        Assert.Contains("zhangwei", to);
        Assert.DoesNotContain("lp-township", to);
    }

    [Fact]
    public void Of_NamedTask_TellsOnlyTheNamed() =>
        Assert.Equal(["zhangwei"], Recipients().Of(["zhangwei"], NoticeOpenTo.None, StandardPosts.TownshipReview, DemoOrganisation.Jieshi, null));

    [Fact]
    public void Of_DepartmentTask_TellsItsOfficersInTheDepartmentsArea()
    {
        var to = Recipients().Of([], NoticeOpenTo.Department, null, DemoOrganisation.Banan, "district-dpf");

        Assert.Equal(["zhouli"], to);
    }

    [Fact]
    public void Of_NoticeWrittenBeforeOpenTo_KeepsThePost() =>
        Assert.Contains("zhangwei", Recipients().Of([], null, StandardPosts.TownshipReview, DemoOrganisation.Jieshi, null));
}

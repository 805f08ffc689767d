using Workflow.Casework.Application;
using Workflow.Casework.Application.Lists;
using Workflow.Casework.Application.Operations;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Casework.Tests;

/// <summary>
/// "At the window" is one rule (<see cref="StandardPosts.WindowClerkPosts"/>, read through <see cref="Caller.IsAtWindow"/>):
/// the intake, the draft, the applications list, 撤销 and supplied material all ask it.
/// </summary>
public sealed class WindowClerkTests
{
    [Theory]
    [InlineData(StandardPosts.Window, true)]
    [InlineData(StandardPosts.Caseworker, true)]
    [InlineData(StandardPosts.TownshipReview, false)]
    [InlineData(StandardPosts.VillageAssistant, false)]
    [InlineData(StandardPosts.Administrator, false)]
    public void Caller_OnePost_IsAtWindowOnlyForAWindowClerkPost(string post, bool atWindow)
    {
        var caller = CallerWith(post);

        Assert.Equal(atWindow, caller.IsAtWindow);
        Assert.Equal(atWindow, ApplicationList.ListsOwnIntake(caller));
    }

    [Fact]
    public void MayWithdrawCase_CaseworkerAlone_IsAllowedLikeTheWindow()
    {
        Assert.True(OperationGrants.MayWithdrawCase(CallerWith(StandardPosts.Caseworker)));
        Assert.False(OperationGrants.MayWithdrawCase(CallerWith(StandardPosts.TownshipReview)));
    }

    [Fact]
    public void WindowClerkPosts_AreTheWindowAndTheTownshipCaseworker()
    {
        Assert.Equal([StandardPosts.Window, StandardPosts.Caseworker], StandardPosts.WindowClerkPosts);
        Assert.All(StandardPosts.WindowClerkPosts, p => Assert.True(StandardPosts.AtWindow([p])));
    }

    private static Caller CallerWith(string post)
    {
        var actor = Actor.User("someone", [post], [TestOrganisation.Township]);
        return new Caller(actor, "某人", AccessSubject.Of(actor));
    }
}

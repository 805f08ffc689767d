using System.Security.Claims;
using Workflow.Web.Accounts;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Tests.Accounts;

public sealed class CurrentActorTests
{
    [Fact]
    public void From_SignedInPrincipal_IsTheEngineActorWithPostsDivisionsAndDepartments()
    {
        var account = new Account("chenjing", "chenjing", "陈静", "教育局经办人", "hash", ["经办"], ["500113000000"], ["district-education"]);

        var actor = CurrentActor.From(AccountClaims.Principal(account))!;

        Assert.Equal("chenjing", actor.Id);
        Assert.Equal(["经办"], actor.Posts);
        Assert.Equal(["500113000000"], actor.DivisionCodes);
        Assert.Equal(["district-education"], actor.Departments);
        Assert.False(actor.IsSystem);
        Assert.Equal(("陈静", "教育局经办人"), CurrentActor.Describe(AccountClaims.Principal(account)));
    }

    [Fact]
    public void From_AnonymousPrincipal_IsNull()
    {
        Assert.Null(CurrentActor.From(new ClaimsPrincipal(new ClaimsIdentity())));
        Assert.Null(CurrentActor.From((ClaimsPrincipal?)null));
    }
}

using System.Reflection;
using MassTransit;
using Workflow.Casework.Application;

namespace Workflow.Casework.Tests;

/// <summary>A source's adapter binds to the message's exchange and type by name: moving the type must not rename them.</summary>
public sealed class FinancialCheckRequestedTests
{
    [Fact]
    public void WireNames_StayThoseOfTheWebHost()
    {
        var urn = MessageUrn.ForTypeString<FinancialCheckRequested>();
        var exchange = typeof(FinancialCheckRequested).GetCustomAttribute<EntityNameAttribute>()?.EntityName;

        Assert.Equal("urn:message:Workflow.Web.Casework:FinancialCheckRequested", urn);
        Assert.Equal("Workflow.Web.Casework:FinancialCheckRequested", exchange);
    }
}

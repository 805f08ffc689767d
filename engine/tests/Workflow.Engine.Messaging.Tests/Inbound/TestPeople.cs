using Workflow.Casework;

namespace Workflow.Engine.Messaging.Tests.Inbound;

/// <summary>Valid 18-digit ID numbers (check digit computed) of people in 巴南区.</summary>
public static class TestPeople
{
    public static string Child { get; } = Id("50011320170305002");

    public static string Elder { get; } = Id("50011319460712003");

    public static string Head { get; } = Id("50011319700101004");

    private static string Id(string first17) => first17 + ChineseIdNumber.ComputeCheckDigit(first17);
}

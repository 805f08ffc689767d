using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Workflow.Engine.Persistence.Audit;

namespace Workflow.Engine.Persistence.Tests;

/// <summary>The chain's hash is the documented formula, byte for byte: stored chains must keep verifying.</summary>
public sealed class AuditChainTests
{
    [Theory]
    [InlineData("case-1", 1L, "{\"type\":\"InstanceStarted\"}")]
    [InlineData("低保-2026-000123", 9_223_372_036_854_775_807L, "{\"title\":\"乡镇审核\",\"comment\":\"同意\\n\"}")]
    [InlineData("", 0L, "")]
    public void Hash_IsTheHexSha256OfPreviousInstanceSeqAndBody(string instanceId, long seq, string body)
    {
        var previous = Convert.ToHexStringLower(SHA256.HashData("previous"u8));
        var text = previous + "\n" + instanceId + "\n" + seq.ToString(CultureInfo.InvariantCulture) + "\n" + body;
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(expected, AuditChain.Unkeyed.Hash(previous, instanceId, seq, body));
    }

    [Fact]
    public void Hash_OfALongBody_UsesAllOfIt()
    {
        var body = string.Concat(Enumerable.Repeat("民政审批", 20_000));
        var a = AuditChain.Unkeyed.Hash(AuditChain.Genesis, "case-1", 1, body);
        var b = AuditChain.Unkeyed.Hash(AuditChain.Genesis, "case-1", 1, body + "。");

        Assert.NotEqual(a, b);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AuditChain.Genesis + "\ncase-1\n1\n" + body))), a);
    }

    [Fact]
    public void Keyed_IsTheHmacSha256OfTheSameText_AndDependsOnTheKey()
    {
        var key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var text = AuditChain.Genesis + "\ncase-1\n1\n{}";

        var keyed = AuditChain.Keyed(key).Hash(AuditChain.Genesis, "case-1", 1, "{}");

        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text))), keyed);
        Assert.NotEqual(AuditChain.Unkeyed.Hash(AuditChain.Genesis, "case-1", 1, "{}"), keyed);
        key[0] ^= 1;
        Assert.NotEqual(keyed, AuditChain.Keyed(key).Hash(AuditChain.Genesis, "case-1", 1, "{}"));
    }

    [Fact]
    public void Keyed_RefusesAShortKey() =>
        Assert.Throws<ArgumentException>(() => AuditChain.Keyed(new byte[16]));
}

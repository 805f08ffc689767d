using Workflow.Engine.Divisions;

namespace Workflow.Engine.Tests.Divisions;

public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("500113102001", true)]
    [InlineData("510700000000", true)]
    [InlineData("000000000000", true)]
    [InlineData("001100000000", false)]
    [InlineData("50011310200", false)]
    [InlineData("5001131020011", false)]
    [InlineData("50011310200X", false)]
    [InlineData("５００１１３１０２００１", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Text_AcceptsTwelveDigitsOfARealProvinceOrNationwide(string? text, bool expected)
    {
        Assert.Equal(expected, DivisionCode.IsValid(text));
        Assert.Equal(expected, DivisionCode.From(text) is not null);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionInChinese() =>
        Assert.Contains("行政区划代码", Assert.Throws<FormatException>(() => DivisionCode.Parse("5001")).Message);

    [Theory]
    [InlineData("500000000000", AdministrativeLevel.Province, "50")]
    [InlineData("510700000000", AdministrativeLevel.City, "5107")]
    [InlineData("500113000000", AdministrativeLevel.District, "500113")]
    [InlineData("510722000000", AdministrativeLevel.District, "510722")]
    [InlineData("500113102000", AdministrativeLevel.Township, "500113102")]
    [InlineData("500113010000", AdministrativeLevel.Township, "500113010")]
    [InlineData("500113102001", AdministrativeLevel.Village, "500113102001")]
    [InlineData("500113102010", AdministrativeLevel.Village, "500113102010")]
    [InlineData("000000000000", AdministrativeLevel.Province, "")]
    public void LevelAndPrefix_Code_FollowTheDigitGroups(string code, AdministrativeLevel level, string prefix)
    {
        var division = DivisionCode.Parse(code);

        Assert.Equal(level, division.Level);
        Assert.Equal(prefix, division.Prefix);
    }

    [Theory]
    // A 市 → 县 → 乡镇 → 村 deployment (绵阳市 → 三台县 → 芦溪镇 → 一村).
    [InlineData("510722103001", "510722103000")]
    [InlineData("510722103000", "510722000000")]
    [InlineData("510722000000", "510700000000")]
    [InlineData("510700000000", "510000000000")]
    [InlineData("510000000000", "000000000000")]
    // A municipality's district: its parent is the 市辖区 code 500100.
    [InlineData("500113000000", "500100000000")]
    public void Parent_Code_IsTheDivisionOneLevelUp(string code, string parent) =>
        Assert.Equal(DivisionCode.Parse(parent), DivisionCode.Parse(code).Parent);

    [Fact]
    public void Parent_Nationwide_IsNull() => Assert.Null(DivisionCode.Nationwide.Parent);

    [Theory]
    [InlineData("500113102001", AdministrativeLevel.Village, "500113102001")]
    [InlineData("500113102001", AdministrativeLevel.Township, "500113102000")]
    [InlineData("500113102001", AdministrativeLevel.District, "500113000000")]
    [InlineData("500113102001", AdministrativeLevel.City, "500100000000")]
    [InlineData("500113102001", AdministrativeLevel.Province, "500000000000")]
    [InlineData("500113000000", AdministrativeLevel.Township, "500113000000")]
    [InlineData("510722103001", AdministrativeLevel.City, "510700000000")]
    public void At_Level_CutsTheCodeAndPadsWithZeros(string code, AdministrativeLevel level, string office) =>
        Assert.Equal(office, DivisionCode.Parse(code).At(level).Value);

    [Theory]
    [InlineData("500113000000", "500113102001", true)]
    [InlineData("500113102000", "500113102001", true)]
    [InlineData("500113102000", "500113102000", true)]
    [InlineData("500113102001", "500113102001", true)]
    [InlineData("500113102001", "500113102002", false)]
    [InlineData("500113102000", "500113103001", false)]
    [InlineData("500114000000", "500113102001", false)]
    // Siblings that share a prefix once zeros are trimmed never contain each other.
    [InlineData("500110000000", "500113000000", false)]
    [InlineData("500110000000", "500113102001", false)]
    [InlineData("500113010000", "500113011000", false)]
    [InlineData("500113010000", "500113011001", false)]
    [InlineData("500113102010", "500113102011", false)]
    [InlineData("500000000000", "511703101000", false)]
    // The city level of a 市 → 县 → 乡镇 → 村 deployment.
    [InlineData("510700000000", "510722103001", true)]
    [InlineData("510700000000", "510722000000", true)]
    [InlineData("510700000000", "510800000000", false)]
    [InlineData("510722000000", "510700000000", false)]
    [InlineData("000000000000", "510722103001", true)]
    public void Contains_ScopeAndCode_IsTheSubtree(string scope, string code, bool expected)
    {
        var division = DivisionCode.Parse(scope);

        Assert.Equal(expected, division.Contains(DivisionCode.Parse(code)));
        Assert.Equal(expected, division.Contains(code));
        Assert.Equal(expected && scope != code, division.IsAbove(DivisionCode.Parse(code)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5001131020")]
    [InlineData("50011310200X")]
    public void Contains_InvalidText_IsFalse(string? code) =>
        Assert.False(DivisionCode.Parse("500000000000").Contains(code));

    [Theory]
    [InlineData("500113102001", "500113103002", AdministrativeLevel.District, true)]
    [InlineData("500113102001", "500110103002", AdministrativeLevel.District, false)]
    [InlineData("500113102001", "511703101000", AdministrativeLevel.Province, false)]
    [InlineData("500113102001", "500110000000", AdministrativeLevel.Province, true)]
    public void SameAt_Level_ComparesTheSegment(string a, string b, AdministrativeLevel level, bool expected) =>
        Assert.Equal(expected, DivisionCode.Parse(a).SameAt(DivisionCode.Parse(b), level));

    [Fact]
    public void AnyContains_InvalidScopes_ContainNothing()
    {
        Assert.False(DivisionCode.AnyContains(["5001", "", "50011310200X"], "500113102001"));
        Assert.True(DivisionCode.AnyContains(["5001", "500113000000"], "500113102001"));
    }

    [Fact]
    public void LevelNames_EveryLevel_HasOneCodeAndChineseName()
    {
        foreach (var level in Enum.GetValues<AdministrativeLevel>())
        {
            Assert.Equal(level, AdministrativeLevelNames.Parse(level.Code()));
            Assert.NotEmpty(level.Chinese());
        }
        Assert.Null(AdministrativeLevelNames.Parse("county"));
    }

    [Fact]
    public void DigitsAt_EachLevel_IsTheLengthOfItsSegment()
    {
        var code = DivisionCode.Parse("500113102001");
        foreach (var level in Enum.GetValues<AdministrativeLevel>())
        {
            Assert.Equal(code.Segment(level).Length, DivisionCode.DigitsAt(level));
        }
        Assert.Equal(9, DivisionCode.DigitsAt(AdministrativeLevel.Township));
    }

    [Theory]
    [InlineData("500113102", "500113102000")]
    [InlineData("500113102001", "500113102001")]
    [InlineData("5001131020019", null)]
    [InlineData("50011X", null)]
    public void FromDigits_ALevelsLeadingDigits_IsThePaddedCode(string digits, string? expected) =>
        Assert.Equal(expected, DivisionCode.FromDigits(digits)?.Value);
}

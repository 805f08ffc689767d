namespace Workflow.Casework.Tests;

public sealed class ChineseIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData("500228", "19700315", 123)]
    [InlineData("510722", "19900101", 124)]
    [InlineData("110105", "20000229", 2)]
    public void Validate_ValidNumbers_AreAccepted(string region, string birth, int seq)
    {
        var id = TestIds.Make(region, birth, seq);
        Assert.Null(ChineseIdNumber.Validate(id, Today));
        Assert.True(ChineseIdNumber.IsValid(id, Today));
    }

    [Fact]
    public void Validate_PublishedSampleWithXInEitherCase_IsAccepted()
    {
        // 11010519491231002X is the worked example in GB 11643-1999.
        Assert.Null(ChineseIdNumber.Validate("11010519491231002X", Today));
        Assert.Null(ChineseIdNumber.Validate("11010519491231002x", Today));
    }

    [Fact]
    public void Validate_EveryFailureKind_IsNamed()
    {
        var good = TestIds.Make("500228", "19700315", 123);
        Assert.Equal("身份证号不能为空", ChineseIdNumber.Validate(null, Today));
        Assert.Equal("身份证号不能为空", ChineseIdNumber.Validate("  ", Today));
        Assert.Equal("身份证号应为18位", ChineseIdNumber.Validate(good[..17], Today));
        Assert.Equal("身份证号前17位应为数字，最后一位应为数字或X", ChineseIdNumber.Validate("50022819700315A123", Today));
        Assert.Equal("身份证号前17位应为数字，最后一位应为数字或X", ChineseIdNumber.Validate(good[..17] + "Y", Today));
        Assert.Equal("身份证号的地区码无效", ChineseIdNumber.Validate(TestIds.Make("990228", "19700315", 1), Today));
        Assert.Equal("身份证号中的出生日期无效", ChineseIdNumber.Validate(TestIds.Make("500228", "19700230", 1), Today));
        Assert.Equal("身份证号中的出生日期无效", ChineseIdNumber.Validate(TestIds.Make("500228", "18991231", 1), Today));
        Assert.Equal("身份证号中的出生日期晚于今天", ChineseIdNumber.Validate(TestIds.Make("500228", "20261123", 1), Today));
        Assert.Equal("身份证号校验位错误", ChineseIdNumber.Validate(TestIds.BreakCheck(good), Today));
    }

    [Fact]
    public void Check_ReturnsTheKind_DescribeNamesTheSubject()
    {
        var bad = TestIds.BreakCheck(TestIds.Make("510722", "19900101", 124));
        var problem = ChineseIdNumber.Check(bad, Today);
        Assert.Equal(IdNumberProblem.WrongCheckDigit, problem);
        Assert.Equal("家庭成员第2人的身份证号校验位错误", ChineseIdNumber.Describe(problem!.Value, "家庭成员第2人的身份证号"));
    }

    [Fact]
    public void Validate_BornToday_IsValid()
    {
        Assert.Null(ChineseIdNumber.Validate(TestIds.Make("500228", "20261122", 1), Today));
    }

    [Fact]
    public void Accessors_ReadRegionBirthDateAndSex()
    {
        var man = TestIds.Make("510722", "19900101", 123);
        var woman = TestIds.Make("500228", "19700315", 124);
        Assert.Equal("510722", ChineseIdNumber.Region(man));
        Assert.Equal(new DateOnly(1990, 1, 1), ChineseIdNumber.BirthDate(man));
        Assert.Equal(Sex.Male, ChineseIdNumber.SexOf(man));
        Assert.Equal(Sex.Female, ChineseIdNumber.SexOf(woman));
        Assert.Null(ChineseIdNumber.Region("123"));
        Assert.Null(ChineseIdNumber.BirthDate(TestIds.Make("500228", "19700230", 1)));
        Assert.Null(ChineseIdNumber.SexOf(null));
    }

    [Fact]
    public void ComputeCheckDigit_MatchesTheStandard()
    {
        Assert.Equal('X', ChineseIdNumber.ComputeCheckDigit("11010519491231002"));
        Assert.Throws<ArgumentException>(() => ChineseIdNumber.ComputeCheckDigit("1101"));
    }
}

using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Results;

namespace Insurance.Rules.Domain.Tests.Json;

public sealed class ContractNamesTests
{
    [Fact]
    public void EveryEnumValue_HasANameThatReadsBack()
    {
        CheckAll<Sex>(ContractNames.Of);
        CheckAll<ParticipantStatus>(ContractNames.Of);
        CheckAll<HukouType>(ContractNames.Of);
        CheckAll<Scheme>(ContractNames.Of);
        CheckAll<Payer>(ContractNames.Of);
        CheckAll<CaseEventType>(ContractNames.Of);
        CheckAll<CoverageStatus>(ContractNames.Of);
        CheckAll<Channel>(ContractNames.Of);
        CheckAll<MonthState>(ContractNames.Of);
    }

    [Theory]
    [InlineData(CoverageStatus.NotEnrolled, "notEnrolled")]
    [InlineData(CoverageStatus.RetiredCovered, "retiredCovered")]
    public void Of_Status_IsCamelCase(CoverageStatus status, string name)
    {
        ContractNames.Of(status).Should().Be(name);
    }

    [Fact]
    public void Names_AreTheContractsWords()
    {
        ContractNames.AllowedNames<ParticipantStatus>().Should().Equal(
            "employed", "flexible", "unemployed", "unemployedWithBenefits", "retired", "student", "child", "newborn", "resident");
        ContractNames.AllowedNames<Channel>().Should().Equal("counter", "online", "app", "bank", "employer");
        ContractNames.AllowedNames<Payer>().Should().Equal("employer", "individual", "unemploymentFund");
    }

    [Fact]
    public void TryParse_IsCaseSensitive()
    {
        ContractNames.TryParse<Sex>("Male", out _).Should().BeFalse();
        ContractNames.TryParse<Sex>("male", out var sex).Should().BeTrue();
        sex.Should().Be(Sex.Male);
    }

    [Fact]
    public void Of_UndefinedValue_Throws()
    {
        var act = () => ContractNames.Of((Sex)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AllowedNames_NonContractEnum_Throws()
    {
        var act = () => ContractNames.AllowedNames<DayOfWeek>();

        act.Should().Throw<ArgumentException>();
    }

    private static void CheckAll<TEnum>(Func<TEnum, string> of)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = values.Select(of).ToList();
        names.Should().OnlyHaveUniqueItems();
        names.Should().OnlyContain(n => n.Length > 0 && char.IsLower(n[0]));
        foreach (var value in values)
        {
            ContractNames.TryParse<TEnum>(of(value), out var back).Should().BeTrue();
            back.Should().Be(value);
        }
    }
}

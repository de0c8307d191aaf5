using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>CN-TRANSFER-LONG: an employee-scheme gap of more than 3 months.</summary>
[Name("CN-TRANSFER-LONG")]
[Description("中断超过3个月的,统筹地区可设置不超过6个月的待遇等待期。Gap > 3 months: the region may set a waiting period of at most 6 months; default 6 months including the payment month, not retroactive, continuity broken.")]
[Tag("gap")]
[Basis("CN-TRANSFER-LONG", "医保办发〔2021〕43号《基本医疗保险关系转移接续暂行办法》")]
public sealed class TransferLongGapRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Transfer, g => g.Months > NationalTransfer.ShortMax(c, g));
        Then()
            .Do(ctx => NationalTransfer.ApplyLong(ctx, c, gap));
    }
}

using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>CN-TRANSFER-SHORT: an employee-scheme gap of at most 3 months.</summary>
[Name("CN-TRANSFER-SHORT")]
[Description("职工医保中断3个月(含)以内的,可按规定补缴,不设待遇等待期,缴费当月起享受待遇,中断期间待遇可追溯。Gap ≤ 3 months: backpay allowed, no waiting period, benefits from the payment month, gap period retroactive.")]
[Tag("gap")]
[Basis("CN-TRANSFER-SHORT", "医保办发〔2021〕43号《基本医疗保险关系转移接续暂行办法》")]
public sealed class TransferShortGapRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Transfer, g => g.Months <= NationalTransfer.ShortMax(c, g));
        Then()
            .Do(ctx => NationalTransfer.ApplyShort(ctx, c, gap));
    }
}

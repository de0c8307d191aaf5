using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>CN-RESIDENT-WAIT repair: backpaying broken years shortens the variable waiting period.</summary>
[Name("Resident scheme: repair broken years")]
[Description("断保人员按当年个人缴费标准补缴断保年度的,每补缴1年可减少1个月变动等待期。Each broken year backpaid at the current personal rate removes one variable waiting month.")]
[Tag("resident")]
[Tag("steps")]
[Basis("CN-RESIDENT-WAIT", "国办发〔2024〕38号《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》")]
public sealed class ResidentRepairStepRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        ResidentCoverFact cover = null!;

        When()
            .Match(() => cover, f => f.VariableMonths - f.RepairedMonths > 0, f => f.TotalMonths > ResidentCover.MinimumAfterRepair(f));
        Then()
            .Do(ctx => Steps.Add(
                ctx,
                "repairResidentYears",
                null,
                new[] { "idCard" },
                Steps.PayChannels,
                null,
                "CN-RESIDENT-WAIT",
                25,
                new Dictionary<string, object?> { { "months", cover.TotalMonths - ResidentCover.MinimumAfterRepair(cover) } }));
    }
}

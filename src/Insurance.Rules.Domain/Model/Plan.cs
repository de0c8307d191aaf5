using NodaTime;

namespace Insurance.Rules.Domain.Model;

/// <summary>What the person intends to do: when to pay, and how many resident-scheme years to repair.</summary>
public sealed class Plan
{
    /// <summary>A plan with no intended payment date and no repaired years.</summary>
    public static readonly Plan None = new(null, 0);

    /// <summary>Creates a plan.</summary>
    /// <param name="payOn">When the person intends to pay (closes an open gap); null means the evaluation date.</param>
    /// <param name="repairYears">Resident-scheme years the person will backpay (0 or more).</param>
    public Plan(LocalDate? payOn, int repairYears)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(repairYears);
        PayOn = payOn;
        RepairYears = repairYears;
    }

    /// <summary>When the person intends to pay; null means the evaluation date.</summary>
    public LocalDate? PayOn { get; }

    /// <summary>Resident-scheme years the person will backpay.</summary>
    public int RepairYears { get; }
}

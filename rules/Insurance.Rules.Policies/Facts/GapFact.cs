using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Packs;
using NodaTime;

namespace Insurance.Rules.Policies.Facts;

/// <summary>
/// One employee-scheme gap together with the rule family the region applies to it (read from the pack key
/// <c>gap.employee.rule</c>, <c>gap.flexible.rule</c> or <c>gap.arrears.rule</c> in force on the payment date).
/// </summary>
public sealed class GapFact
{
    /// <summary>Creates a gap fact.</summary>
    /// <param name="gap">The analysed gap.</param>
    /// <param name="family">The rule family value (for example <c>YC-FLEX-BAND</c>).</param>
    /// <param name="familyValue">The pack value the family came from.</param>
    /// <param name="isLatest">True for the most recent gap.</param>
    public GapFact(Gap gap, string family, PackValue familyValue, bool isLatest)
    {
        ArgumentNullException.ThrowIfNull(gap);
        ArgumentException.ThrowIfNullOrWhiteSpace(family);
        ArgumentNullException.ThrowIfNull(familyValue);
        Gap = gap;
        Family = family;
        FamilyValue = familyValue;
        IsLatest = isLatest;
    }

    /// <summary>The analysed gap.</summary>
    public Gap Gap { get; }

    /// <summary>The rule family applied to the gap.</summary>
    public string Family { get; }

    /// <summary>The pack value that chose the family (source, assumption).</summary>
    public PackValue FamilyValue { get; }

    /// <summary>True for the most recent gap (the one deadlines and the headline result describe).</summary>
    public bool IsLatest { get; }

    /// <summary>Gap length in months.</summary>
    public int Months => Gap.Months;

    /// <summary>Calendar days from the suspension start to the payment date.</summary>
    public int Days => Gap.Days;

    /// <summary>True while no month after the gap is paid.</summary>
    public bool Open => Gap.Open;

    /// <summary>The payment month P.</summary>
    public YearMonth PaymentMonth => Gap.PaymentMonth;

    /// <summary>The payment date.</summary>
    public LocalDate PaymentDate => Gap.PaymentDate;

    /// <summary>The first day of <c>P + n</c> months.</summary>
    public LocalDate FirstDayOfPaymentMonthPlus(int months) => Gap.PaymentMonth.PlusMonths(months).OnDayOfMonth(1);
}

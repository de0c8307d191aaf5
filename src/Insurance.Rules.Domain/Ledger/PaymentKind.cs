namespace Insurance.Rules.Domain.Ledger;

/// <summary>Where a gap's payment date comes from.</summary>
public enum PaymentKind
{
    /// <summary>The gap is closed by a recorded payment (a backpaid month or the first paid month after it).</summary>
    Actual = 1,

    /// <summary>The gap is open and the payment date is the case's <c>plan.payOn</c>.</summary>
    Planned = 2,

    /// <summary>The gap is open, no plan date is given: payment on the evaluation date is assumed.</summary>
    AssumedAsOf = 3,
}

namespace Insurance.Rules.Tests.Reliability;

/// <summary>The promises checked on every generated case; each has its own test.</summary>
internal enum Invariant
{
    /// <summary>No exception escapes an evaluation of a valid case.</summary>
    NoException,

    /// <summary>A valid case written as JSON is accepted and gives the same result as the case built in code.</summary>
    JsonRoundTrip,

    /// <summary>Paying earlier never gives a later <c>benefitsResumeOn</c> (under the same rules: no pack value takes or loses effect between the two dates).</summary>
    PayingEarlierNeverLater,

    /// <summary><c>benefitsResumeOn</c> never precedes the payment month unless the gap is covered retroactively.</summary>
    ResumeNotBeforePaymentMonth,

    /// <summary>Adding an on-time month never lowers <c>creditedMonths</c>.</summary>
    AddingMonthNeverLowersCredit,

    /// <summary>Shuffling contribution records (and events) changes nothing, byte for byte.</summary>
    ShuffleChangesNothing,

    /// <summary>Every deadline is on or after <c>asOf</c>, and deadlines are strictly increasing.</summary>
    DeadlinesOrdered,

    /// <summary>Status and dates agree: covered ⇒ benefits apply on <c>asOf</c>; waiting ⇒ they resume after it.</summary>
    StatusMatchesDates,

    /// <summary>The month-by-month timeline agrees with the status: a covered person has benefits in the asOf month.</summary>
    TimelineMatchesStatus,
}

/// <summary>One broken promise: which, what kind of breakage (failures of one kind are reported once), and what was seen.</summary>
internal sealed record Violation(Invariant Invariant, string Kind, string Detail);

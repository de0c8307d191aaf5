using NodaTime;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>The sorted work list and what the run found.</summary>
/// <param name="AsOf">Evaluation date.</param>
/// <param name="Items">Items, most urgent first.</param>
/// <param name="Rows">Data rows read.</param>
/// <param name="Evaluated">Rows evaluated.</param>
/// <param name="ErrorRows">Rows that could not be evaluated.</param>
/// <param name="NoAction">Evaluated employees covered with nothing to do (not listed).</param>
public sealed record WorkList(LocalDate AsOf, IReadOnlyList<WorkItem> Items, int Rows, int Evaluated, int ErrorRows, int NoAction);

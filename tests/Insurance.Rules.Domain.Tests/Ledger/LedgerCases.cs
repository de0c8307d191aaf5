using Insurance.Rules.Domain.Model;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Domain.Tests.Ledger;

/// <summary>Short builders for ledger test cases; months and dates are written as ISO text to keep tests readable.</summary>
internal static class LedgerCases
{
    public const string CaseRegion = "420500";

    public static YearMonth M(string text) => YearMonthPattern.Iso.Parse(text).Value;

    public static LocalDate D(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static ContributionRecord Month(string month, Payer? payer = Payer.Individual, string? paidOn = null, string? region = null)
        => ContributionRecord.ForMonth(M(month), Scheme.Employee, payer, paidOn is null ? null : D(paidOn), region);

    public static ContributionRecord Range(string from, string to, Payer? payer = Payer.Individual, string? paidOn = null, string? region = null)
        => ContributionRecord.ForRange(M(from), M(to), Scheme.Employee, payer, paidOn is null ? null : D(paidOn), region);

    public static ContributionRecord Year(int year, string? paidOn = null, string? region = null)
        => ContributionRecord.ForYear(year, paidOn is null ? null : D(paidOn), region);

    public static CaseEvent Event(string date, CaseEventType type) => new(D(date), type);

    public static InsuranceCase Case(
        string asOf,
        IEnumerable<ContributionRecord> records,
        string? payOn = null,
        int deemedMonths = 0,
        IEnumerable<CaseEvent>? events = null)
    {
        var participant = new Participant("T-1", D("1985-04-12"), Sex.Female, null, ParticipantStatus.Flexible);
        var plan = payOn is null ? null : new Plan(D(payOn), 0);
        return new InsuranceCase(D(asOf), CaseRegion, participant, records, deemedMonths, events, plan);
    }

    public static InsuranceCase Case(string asOf, params ContributionRecord[] records) => Case(asOf, records, payOn: null);
}

namespace Insurance.Rules.Benchmarks.Cases;

/// <summary>What a generated case looks like: region, history length and who the person is.</summary>
/// <param name="Region">Six-digit region code (the seed regions are Yichang 420500 and Ningbo 330200).</param>
/// <param name="Years">Years of monthly contribution records (12 records a year).</param>
/// <param name="BirthDate">ISO birth date.</param>
/// <param name="Sex">male or female.</param>
/// <param name="OriginalRetirementAge">50, 55 or 60.</param>
public sealed record CaseShape(string Region, int Years, string BirthDate, string Sex, int OriginalRetirementAge)
{
    /// <summary>Yichang.</summary>
    public const string Yichang = "420500";

    /// <summary>Ningbo.</summary>
    public const string Ningbo = "330200";

    /// <summary>
    /// The typical case: a flexible worker in her late thirties, ten years of monthly records (employer, then four
    /// months on her own after the job ended) and one open gap of four months up to the evaluation date.
    /// </summary>
    public static CaseShape Typical(string region = Yichang) => new(region, 10, "1987-04-12", "female", 55);

    /// <summary>
    /// The growth series: one person (a man born 1966, so 40 years of history fit his working life and he is not
    /// retired on the evaluation date) with 10, 20 or 40 years of monthly records. Only the history length varies.
    /// </summary>
    public static CaseShape Growth(int years, string region = Yichang) => new(region, years, "1966-05-12", "male", 60);
}

namespace Insurance.Rules.Tests.DependencyInjection;

/// <summary>Cases whose outcome depends on the Yichang reading (yc.variant).</summary>
internal static class YichangCases
{
    /// <summary>
    /// A Yichang flexible worker with 118 continuous months (2015-01..2024-10), an open gap from 2024-11 and a planned
    /// payment on 2025-03-20: S = 2024-11-01, 139 days → the 61–180-day band. Default reading P+3 → 2025-06-01;
    /// excludePaymentMonth P+4 → 2025-07-01.
    /// </summary>
    public const string MidBand = """
        {"asOf":"2025-03-10","region":"420500",
         "participant":{"id":"YC-1","birthDate":"1985-04-12","sex":"female","originalRetirementAge":55,"status":"flexible",
                        "hukou":{"region":"420502","type":"nonAgricultural"}},
         "contributions":[{"from":"2015-01","to":"2024-06","scheme":"employee","payer":"employer"},
                          {"from":"2024-07","to":"2024-10","scheme":"employee","payer":"individual"}],
         "events":[{"date":"2024-06-30","type":"employmentEnded"}],
         "plan":{"payOn":"2025-03-20"}}
        """;

    /// <summary>A Wuhan (420100, no pack of its own → CN) employee with a short closed history: exercises the fallback.</summary>
    public const string Wuhan = """
        {"asOf":"2025-03-10","region":"420100",
         "participant":{"id":"WH-1","birthDate":"1990-05-01","sex":"male","status":"employed"},
         "contributions":[{"from":"2018-01","to":"2025-02","scheme":"employee","payer":"employer"}]}
        """;
}

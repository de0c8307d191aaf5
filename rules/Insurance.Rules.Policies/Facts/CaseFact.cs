using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Packs;
using NodaTime;

namespace Insurance.Rules.Policies.Facts;

/// <summary>
/// The case under evaluation with everything the rules read: the input, the ledger analysis and the region
/// parameters. One per session; rules never change it.
/// </summary>
public sealed class CaseFact
{
    /// <summary>Creates the case fact.</summary>
    public CaseFact(InsuranceCase @case, LedgerAnalysis ledger, RegionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(parameters);
        Case = @case;
        Ledger = ledger;
        Parameters = parameters;
    }

    /// <summary>The input case.</summary>
    public InsuranceCase Case { get; }

    /// <summary>The contribution-ledger analysis.</summary>
    public LedgerAnalysis Ledger { get; }

    /// <summary>The region parameters in force (city → province → CN).</summary>
    public RegionParameters Parameters { get; }

    /// <summary>The evaluation date.</summary>
    public LocalDate AsOf => Case.AsOf;

    /// <summary>The participant.</summary>
    public Participant Participant => Case.Participant;

    /// <summary>The participant's status.</summary>
    public ParticipantStatus Status => Case.Participant.Status;

    /// <summary>True when the region chain contains the given pack code (for example a province).</summary>
    public bool InRegion(string code)
    {
        // By index: rule conditions ask this of every case, and a foreach over the interface allocates an enumerator.
        var chain = Parameters.Chain;
        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i].Code == code)
            {
                return true;
            }
        }

        return false;
    }
}

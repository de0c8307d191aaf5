using Insurance.Rules.Domain.Text;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Domain.Json;

/// <summary>How <see cref="CaseJson"/> reads a case.</summary>
public sealed class CaseReadOptions
{
    /// <summary>Chinese messages, no region aliases, default limits.</summary>
    public static readonly CaseReadOptions Default = new();

    /// <summary>The language of error messages; default <see cref="Language.ZhCN"/>.</summary>
    public Language Language { get; init; } = Language.ZhCN;

    /// <summary>
    /// Turns a region alias (e.g. <c>yichang</c>, from the loaded packs) into a region code, or returns null
    /// for an unknown alias. Asked only for values that are not <c>CN</c> or six digits; the code it returns
    /// is checked like any other. Null: no aliases are known.
    /// </summary>
    public Func<string, string?>? ResolveRegionAlias { get; init; }

    /// <summary>Bounds on the input; default <see cref="InputLimits.Default"/>.</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;
}

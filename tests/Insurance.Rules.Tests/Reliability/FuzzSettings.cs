using System.Globalization;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// Sizes and seeds of the generated runs, from environment variables so a failure can be replayed and a bigger run
/// made without editing code (docs/reliability.md):
/// <list type="bullet">
/// <item><c>INSURANCE_RULES_FUZZ_CASES</c> — generated cases for the invariants (default 100 000).</item>
/// <item><c>INSURANCE_RULES_FUZZ_MUTATIONS</c> — hostile JSON mutations (default 10 000).</item>
/// <item><c>INSURANCE_RULES_FUZZ_SEED</c> — the master seed (default 20250310); every case seed derives from it.</item>
/// <item><c>INSURANCE_RULES_FUZZ_REPLAY</c> — one case seed (as printed by a failure, hex with 0x or decimal): only
/// that case is generated and checked.</item>
/// </list>
/// </summary>
internal static class FuzzSettings
{
    public const ulong DefaultSeed = 20250310;

    public static int Cases => Int("INSURANCE_RULES_FUZZ_CASES", 100_000);

    public static int Mutations => Int("INSURANCE_RULES_FUZZ_MUTATIONS", 10_000);

    public static ulong Seed => ULong("INSURANCE_RULES_FUZZ_SEED") ?? DefaultSeed;

    public static ulong? Replay => ULong("INSURANCE_RULES_FUZZ_REPLAY");

    private static int Int(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

    private static ulong? ULong(string name)
    {
        var text = Environment.GetEnvironmentVariable(name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}

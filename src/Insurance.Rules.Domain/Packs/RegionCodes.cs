namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// Syntax of region codes (FACTS.md §0): <c>CN</c>, or a six-digit GB/T 2260 code whose first two digits are a
/// province-level code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65).
/// </summary>
public static class RegionCodes
{
    /// <summary>The national baseline's code.</summary>
    public const string National = "CN";

    /// <summary>True when <paramref name="code"/> is <c>CN</c> or a well-formed six-digit code.</summary>
    /// <param name="code">The code to test; null is not valid.</param>
    public static bool IsValidSyntax(string? code)
    {
        if (code is null)
        {
            return false;
        }

        if (code == National)
        {
            return true;
        }

        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var province = ((code[0] - '0') * 10) + (code[1] - '0');
        return province is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37)
            or (>= 41 and <= 46) or (>= 50 and <= 54) or (>= 61 and <= 65);
    }

    /// <summary>The province-level code a code belongs to: its first two digits + <c>0000</c>; <c>CN</c> for <c>CN</c>.</summary>
    /// <param name="code">A valid region code.</param>
    /// <exception cref="ArgumentException">When <paramref name="code"/> is not a valid region code.</exception>
    public static string ProvinceOf(string code)
    {
        if (!IsValidSyntax(code))
        {
            throw new ArgumentException($"'{code}' is not a valid region code.", nameof(code));
        }

        return code == National ? National : string.Concat(code.AsSpan(0, 2), "0000");
    }

    /// <summary>True when <paramref name="code"/> is a valid province-level code (ends in <c>0000</c>).</summary>
    /// <param name="code">The code to test.</param>
    public static bool IsProvince(string? code) => code != National && IsValidSyntax(code) && code!.EndsWith("0000", StringComparison.Ordinal);
}

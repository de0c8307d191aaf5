using Insurance.Rules.Domain.Packs;

namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// How validation reads a written region: what counts as meant-to-be-a-code, and (through
/// <see cref="RegionCodes.IsValidSyntax"/>) whether such a code is valid per FACTS §0.
/// </summary>
internal static class RegionCodeSyntax
{
    /// <summary>
    /// True for <c>CN</c> or any run of ASCII digits (valid or not): such a value is meant as a code, so a bad
    /// one is reported as an invalid code rather than as an unknown alias.
    /// </summary>
    public static bool LooksLikeCode(string value)
        => value == RegionCodes.National || (value.Length > 0 && value.All(char.IsAsciiDigit));

    /// <summary>True for <c>CN</c> or six digits with a province-level prefix (11–15, 21–23, 31–37, 41–46, 50–54, 61–65).</summary>
    public static bool IsValid(string value) => RegionCodes.IsValidSyntax(value);
}

namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// FACTS §0 region-code syntax: <c>CN</c>, or six ASCII digits whose first two are a province-level code
/// (11–15, 21–23, 31–37, 41–46, 50–54, 61–65). Kept here so validation does not depend on pack loading.
/// </summary>
internal static class RegionCodeSyntax
{
    /// <summary>The national baseline code.</summary>
    public const string National = "CN";

    /// <summary>
    /// True for <c>CN</c> or any run of ASCII digits (valid or not): such a value is meant as a code, so a bad
    /// one is reported as an invalid code rather than as an unknown alias.
    /// </summary>
    public static bool LooksLikeCode(string value)
        => value == National || (value.Length > 0 && value.All(char.IsAsciiDigit));

    /// <summary>True for <c>CN</c> or six digits with a province-level prefix.</summary>
    public static bool IsValid(string value)
    {
        if (value == National)
        {
            return true;
        }

        if (value.Length != 6 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var province = ((value[0] - '0') * 10) + (value[1] - '0');
        return province is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37)
            or (>= 41 and <= 46) or (>= 50 and <= 54) or (>= 61 and <= 65);
    }
}

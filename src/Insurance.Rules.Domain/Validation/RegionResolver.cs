namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// Turns a region as written (code or pack alias) into a code, once per distinct value and document, so
/// the caller's alias function is not asked twice.
/// </summary>
internal sealed class RegionResolver
{
    private readonly Func<string, string?>? resolveAlias;
    private readonly Dictionary<string, Resolution> cache = new(StringComparer.Ordinal);

    public RegionResolver(Func<string, string?>? resolveAlias) => this.resolveAlias = resolveAlias;

    /// <summary>The code, or the error code (<see cref="ErrorCodes.RegionInvalid"/>/<see cref="ErrorCodes.RegionUnknown"/>).</summary>
    public Resolution Resolve(string written)
    {
        if (cache.TryGetValue(written, out var known))
        {
            return known;
        }

        Resolution result;
        if (RegionCodeSyntax.LooksLikeCode(written))
        {
            result = RegionCodeSyntax.IsValid(written)
                ? new Resolution(written, null)
                : new Resolution(null, ErrorCodes.RegionInvalid);
        }
        else
        {
            var code = resolveAlias?.Invoke(written);
            result = code is null
                ? new Resolution(null, ErrorCodes.RegionUnknown)
                : RegionCodeSyntax.IsValid(code)
                    ? new Resolution(code, null)
                    : new Resolution(null, ErrorCodes.RegionInvalid);
        }

        cache[written] = result;
        return result;
    }

    /// <summary>The outcome of resolving one region.</summary>
    /// <param name="Code">The region code, when valid.</param>
    /// <param name="Error">The error code, when not.</param>
    internal sealed record Resolution(string? Code, string? Error);
}

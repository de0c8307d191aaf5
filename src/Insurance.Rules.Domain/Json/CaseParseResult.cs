using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Domain.Json;

/// <summary>The outcome of reading a case: the case, or every problem found in the document.</summary>
public sealed class CaseParseResult
{
    private CaseParseResult(InsuranceCase? @case, IReadOnlyList<InputError> errors)
    {
        Case = @case;
        Errors = errors;
    }

    /// <summary>The case; null when the document has errors.</summary>
    public InsuranceCase? Case { get; }

    /// <summary>
    /// Every problem found (empty when valid): first what reading the document found (syntax, types, unknown
    /// fields, formats), in document order, then the cross-field checks.
    /// </summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>True when the document gave a case and no errors.</summary>
    public bool IsValid => Case is not null;

    /// <summary>A valid result.</summary>
    /// <param name="case">The case read.</param>
    public static CaseParseResult Success(InsuranceCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return new CaseParseResult(@case, []);
    }

    /// <summary>An invalid result.</summary>
    /// <param name="errors">The problems found; at least one.</param>
    /// <exception cref="ArgumentException">When <paramref name="errors"/> is empty.</exception>
    public static CaseParseResult Failure(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one error.", nameof(errors));
        }

        return new CaseParseResult(null, errors.ToArray());
    }
}

using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules;

/// <summary>The answer to a JSON evaluation: a result, or the input errors (never both).</summary>
/// <param name="Result">The result when the input was valid.</param>
/// <param name="Errors">Every input problem found, with its JSON path, when it was not.</param>
public sealed record Evaluation(EvaluationResult? Result, IReadOnlyList<InputError> Errors)
{
    /// <summary>True when the input was valid and a result was produced.</summary>
    public bool IsValid => Result is not null;
}

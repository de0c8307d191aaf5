using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Batch;

/// <summary>The outcome of one input line of a batch.</summary>
/// <param name="LineNumber">1-based line number in the input.</param>
/// <param name="Result">The result when the line was a valid case.</param>
/// <param name="Errors">The input errors when it was not (empty otherwise).</param>
/// <param name="Json">The output line: the result or the error object, as one line of JSON.</param>
public sealed record BatchItem(long LineNumber, EvaluationResult? Result, IReadOnlyList<InputError> Errors, string Json)
{
    /// <summary>True when the line produced a result.</summary>
    public bool IsValid => Result is not null;
}

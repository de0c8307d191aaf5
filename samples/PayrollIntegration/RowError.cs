namespace Insurance.Rules.PayrollIntegration;

/// <summary>Why a row could not be evaluated: the column at fault (or <c>row</c>), a code and a message.</summary>
/// <param name="Column">The CSV column, or <c>row</c> for the whole row.</param>
/// <param name="Code">A stable code (the library's error codes for case problems).</param>
/// <param name="Message">What is wrong, in the chosen language.</param>
public sealed record RowError(string Column, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Column}: {Message}";
}

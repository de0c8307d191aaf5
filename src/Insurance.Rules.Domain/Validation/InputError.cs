namespace Insurance.Rules.Domain.Validation;

/// <summary>One problem found in an input document.</summary>
/// <param name="Path">
/// Where: a JSON path such as <c>contributions[2].month</c> or <c>participant.birthDate</c>; <c>$</c> is the
/// document itself.
/// </param>
/// <param name="Code">A stable, language-neutral code from <see cref="ErrorCodes"/>.</param>
/// <param name="Message">The explanation in the requested language.</param>
public sealed record InputError(string Path, string Code, string Message);
